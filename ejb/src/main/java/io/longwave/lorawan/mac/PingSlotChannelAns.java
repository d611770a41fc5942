package io.longwave.lorawan.mac;

/** Answer to PingSlotChannelReq (uplink). Payload: RFU bits 7:2, Data rate ok bit 1, Channel frequency ok bit 0. */
public record PingSlotChannelAns(boolean dataRateOk, boolean channelFrequencyOk) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.PING_SLOT_CHANNEL_ANS;
    }

    @Override
    public byte[] payload() {
        return new PayloadWriter(1).u8(Flags.of(dataRateOk, channelFrequencyOk)).toBytes();
    }

    static PingSlotChannelAns decode(PayloadReader in) {
        int status = in.u8();
        return new PingSlotChannelAns(Flags.bit(status, 1), Flags.bit(status, 0));
    }
}
