package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Network sets the Class B ping-slot frequency (0 restores the regional default) and data rate (downlink).
 * Payload: Frequency (24 bits little-endian, 100 Hz steps), then RFU bits 7:4 and DR bits 3:0.
 */
public record PingSlotChannelReq(long frequencyHz, int dataRate) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.PING_SLOT_CHANNEL_REQ;
    }

    @Override
    public byte[] payload() throws LorawanException {
        int frequency = FieldCheck.frequencyUnits("PingSlotChannelReq", "frequencyHz", frequencyHz);
        int dr = FieldCheck.range("PingSlotChannelReq", "dataRate", dataRate, 0, 0x0F);
        return new PayloadWriter(4).u24(frequency).u8(dr).toBytes();
    }

    static PingSlotChannelReq decode(PayloadReader in) {
        long frequencyHz = in.u24() * FieldCheck.FREQUENCY_STEP_HZ;
        return new PingSlotChannelReq(frequencyHz, in.u8() & 0x0F);
    }
}
