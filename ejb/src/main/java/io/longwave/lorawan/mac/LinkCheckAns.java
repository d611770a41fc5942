package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Answer to LinkCheckReq (downlink). Payload: Margin (dB above the demodulation floor of the last
 * LinkCheckReq, 0..254; 255 is reserved) then GwCnt (gateways that received it).
 */
public record LinkCheckAns(int margin, int gatewayCount) implements MacCommand {

    private static final int MAX_MARGIN = 254;

    @Override
    public MacCommandType type() {
        return MacCommandType.LINK_CHECK_ANS;
    }

    @Override
    public byte[] payload() throws LorawanException {
        return new PayloadWriter(2)
                .u8(FieldCheck.range("LinkCheckAns", "margin", margin, 0, MAX_MARGIN))
                .u8(FieldCheck.range("LinkCheckAns", "gatewayCount", gatewayCount, 0, 0xFF))
                .toBytes();
    }

    static LinkCheckAns decode(PayloadReader in) throws LorawanException {
        int margin = FieldCheck.range("LinkCheckAns", "margin", in.u8(), 0, MAX_MARGIN);
        return new LinkCheckAns(margin, in.u8());
    }
}
