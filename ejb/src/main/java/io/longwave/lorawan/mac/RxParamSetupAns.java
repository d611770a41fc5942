package io.longwave.lorawan.mac;

/** Answer to RXParamSetupReq (uplink). Payload: RFU bits 7:3, RX1DRoffset ACK bit 2, RX2 data rate ACK bit 1, Channel ACK bit 0. */
public record RxParamSetupAns(boolean rx1DrOffsetAck, boolean rx2DataRateAck, boolean channelAck)
        implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.RX_PARAM_SETUP_ANS;
    }

    @Override
    public byte[] payload() {
        return new PayloadWriter(1).u8(Flags.of(rx1DrOffsetAck, rx2DataRateAck, channelAck)).toBytes();
    }

    static RxParamSetupAns decode(PayloadReader in) {
        int status = in.u8();
        return new RxParamSetupAns(Flags.bit(status, 2), Flags.bit(status, 1), Flags.bit(status, 0));
    }
}
