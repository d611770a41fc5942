package io.longwave.lorawan.mac;

/** Answer to BeaconFreqReq (uplink). Payload: RFU bits 7:1, Beacon frequency ok bit 0. */
public record BeaconFreqAns(boolean beaconFrequencyOk) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.BEACON_FREQ_ANS;
    }

    @Override
    public byte[] payload() {
        return new PayloadWriter(1).u8(Flags.of(beaconFrequencyOk)).toBytes();
    }

    static BeaconFreqAns decode(PayloadReader in) {
        return new BeaconFreqAns(Flags.bit(in.u8(), 0));
    }
}
