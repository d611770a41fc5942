package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Answer to BeaconTimingReq, deprecated since LoRaWAN 1.0.3 but still parsed (downlink). Payload: Delay to the
 * next beacon in 30 ms steps (16 bits little-endian), then the beacon Channel index.
 */
public record BeaconTimingAns(int delay, int channel) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.BEACON_TIMING_ANS;
    }

    @Override
    public byte[] payload() throws LorawanException {
        int d = FieldCheck.range("BeaconTimingAns", "delay", delay, 0, 0xFFFF);
        int ch = FieldCheck.range("BeaconTimingAns", "channel", channel, 0, 0xFF);
        return new PayloadWriter(3).u16(d).u8(ch).toBytes();
    }

    static BeaconTimingAns decode(PayloadReader in) {
        int d = in.u16();
        return new BeaconTimingAns(d, in.u8());
    }
}
