package io.longwave.lorawan.mac;

/** Answer to NewChannelReq (uplink). Payload: RFU bits 7:2, Data rate range ok bit 1, Channel frequency ok bit 0. */
public record NewChannelAns(boolean dataRateRangeOk, boolean channelFrequencyOk) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.NEW_CHANNEL_ANS;
    }

    @Override
    public byte[] payload() {
        return new PayloadWriter(1).u8(Flags.of(dataRateRangeOk, channelFrequencyOk)).toBytes();
    }

    static NewChannelAns decode(PayloadReader in) {
        int status = in.u8();
        return new NewChannelAns(Flags.bit(status, 1), Flags.bit(status, 0));
    }
}
