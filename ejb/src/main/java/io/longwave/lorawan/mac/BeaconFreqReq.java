package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Network moves the Class B beacon to a frequency (0 restores the regional default) (downlink).
 * Payload: Frequency (24 bits little-endian, 100 Hz steps).
 */
public record BeaconFreqReq(long frequencyHz) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.BEACON_FREQ_REQ;
    }

    @Override
    public byte[] payload() throws LorawanException {
        return new PayloadWriter(3)
                .u24(FieldCheck.frequencyUnits("BeaconFreqReq", "frequencyHz", frequencyHz))
                .toBytes();
    }

    static BeaconFreqReq decode(PayloadReader in) {
        return new BeaconFreqReq(in.u24() * FieldCheck.FREQUENCY_STEP_HZ);
    }
}
