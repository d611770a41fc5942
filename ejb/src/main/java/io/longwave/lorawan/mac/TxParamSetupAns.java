package io.longwave.lorawan.mac;

/** Acknowledges a TxParamSetupReq (uplink, no payload). */
public record TxParamSetupAns() implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.TX_PARAM_SETUP_ANS;
    }

    @Override
    public byte[] payload() {
        return new byte[0];
    }
}
