package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Network asks for periodic type-0 Rejoin-requests every 2^(maxCountN+4) uplinks or 2^(maxTimeN+10) seconds
 * (1.1, downlink). Payload: MaxTimeN bits 7:4, MaxCountN bits 3:0.
 */
public record RejoinParamSetupReq(int maxTimeN, int maxCountN) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.REJOIN_PARAM_SETUP_REQ;
    }

    @Override
    public byte[] payload() throws LorawanException {
        int time = FieldCheck.range("RejoinParamSetupReq", "maxTimeN", maxTimeN, 0, 0x0F);
        int count = FieldCheck.range("RejoinParamSetupReq", "maxCountN", maxCountN, 0, 0x0F);
        return new PayloadWriter(1).u8(time << 4 | count).toBytes();
    }

    static RejoinParamSetupReq decode(PayloadReader in) {
        int value = in.u8();
        return new RejoinParamSetupReq(value >> 4, value & 0x0F);
    }
}
