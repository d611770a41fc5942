package io.longwave.lorawan.mac;

/** Answer to RejoinParamSetupReq (1.1, uplink). Payload: RFU bits 7:1, TimeOK bit 0. */
public record RejoinParamSetupAns(boolean timeOk) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.REJOIN_PARAM_SETUP_ANS;
    }

    @Override
    public byte[] payload() {
        return new PayloadWriter(1).u8(Flags.of(timeOk)).toBytes();
    }

    static RejoinParamSetupAns decode(PayloadReader in) {
        return new RejoinParamSetupAns(Flags.bit(in.u8(), 0));
    }
}
