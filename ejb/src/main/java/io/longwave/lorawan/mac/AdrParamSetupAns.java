package io.longwave.lorawan.mac;

/** Acknowledges an ADRParamSetupReq (uplink, no payload). */
public record AdrParamSetupAns() implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.ADR_PARAM_SETUP_ANS;
    }

    @Override
    public byte[] payload() {
        return new byte[0];
    }
}
