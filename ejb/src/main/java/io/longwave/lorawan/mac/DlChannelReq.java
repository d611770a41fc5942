package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Network moves the RX1 downlink frequency of an uplink channel (downlink). Payload: ChIndex, Freq (24 bits
 * little-endian, 100 Hz steps).
 */
public record DlChannelReq(int channelIndex, long frequencyHz) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.DL_CHANNEL_REQ;
    }

    @Override
    public byte[] payload() throws LorawanException {
        int index = FieldCheck.range("DlChannelReq", "channelIndex", channelIndex, 0, 0xFF);
        int frequency = FieldCheck.frequencyUnits("DlChannelReq", "frequencyHz", frequencyHz);
        return new PayloadWriter(4).u8(index).u24(frequency).toBytes();
    }

    static DlChannelReq decode(PayloadReader in) {
        int index = in.u8();
        return new DlChannelReq(index, in.u24() * FieldCheck.FREQUENCY_STEP_HZ);
    }
}
