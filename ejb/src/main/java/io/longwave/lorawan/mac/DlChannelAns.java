package io.longwave.lorawan.mac;

/** Answer to DlChannelReq (uplink). Payload: RFU bits 7:2, Uplink frequency exists bit 1, Channel frequency ok bit 0. */
public record DlChannelAns(boolean uplinkFrequencyExists, boolean channelFrequencyOk) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.DL_CHANNEL_ANS;
    }

    @Override
    public byte[] payload() {
        return new PayloadWriter(1).u8(Flags.of(uplinkFrequencyExists, channelFrequencyOk)).toBytes();
    }

    static DlChannelAns decode(PayloadReader in) {
        int status = in.u8();
        return new DlChannelAns(Flags.bit(status, 1), Flags.bit(status, 0));
    }
}
