package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Network sets ADR_ACK_LIMIT = 2^limitExponent and ADR_ACK_DELAY = 2^delayExponent (1.1, downlink).
 * Payload: Limit_exp bits 7:4, Delay_exp bits 3:0.
 */
public record AdrParamSetupReq(int limitExponent, int delayExponent) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.ADR_PARAM_SETUP_REQ;
    }

    @Override
    public byte[] payload() throws LorawanException {
        int limit = FieldCheck.range("AdrParamSetupReq", "limitExponent", limitExponent, 0, 0x0F);
        int delay = FieldCheck.range("AdrParamSetupReq", "delayExponent", delayExponent, 0, 0x0F);
        return new PayloadWriter(1).u8(limit << 4 | delay).toBytes();
    }

    static AdrParamSetupReq decode(PayloadReader in) {
        int value = in.u8();
        return new AdrParamSetupReq(value >> 4, value & 0x0F);
    }
}
