package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Network creates, modifies or (frequency 0) disables an uplink channel (downlink). Payload: ChIndex, Freq
 * (24 bits little-endian, 100 Hz steps), DrRange (MaxDR bits 7:4, MinDR bits 3:0).
 */
public record NewChannelReq(int channelIndex, long frequencyHz, int minDataRate, int maxDataRate)
        implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.NEW_CHANNEL_REQ;
    }

    @Override
    public byte[] payload() throws LorawanException {
        int index = FieldCheck.range("NewChannelReq", "channelIndex", channelIndex, 0, 0xFF);
        int frequency = FieldCheck.frequencyUnits("NewChannelReq", "frequencyHz", frequencyHz);
        int min = FieldCheck.range("NewChannelReq", "minDataRate", minDataRate, 0, 0x0F);
        int max = FieldCheck.range("NewChannelReq", "maxDataRate", maxDataRate, 0, 0x0F);
        return new PayloadWriter(5).u8(index).u24(frequency).u8(max << 4 | min).toBytes();
    }

    static NewChannelReq decode(PayloadReader in) {
        int index = in.u8();
        long frequencyHz = in.u24() * FieldCheck.FREQUENCY_STEP_HZ;
        int drRange = in.u8();
        return new NewChannelReq(index, frequencyHz, drRange & 0x0F, drRange >> 4);
    }
}
