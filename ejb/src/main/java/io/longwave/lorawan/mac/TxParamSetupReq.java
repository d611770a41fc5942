package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Network sets dwell-time limits and the maximum EIRP index (downlink). Payload: RFU bits 7:6,
 * DownlinkDwellTime bit 5, UplinkDwellTime bit 4, MaxEIRP index bits 3:0.
 */
public record TxParamSetupReq(boolean downlinkDwellTime, boolean uplinkDwellTime, int maxEirp)
        implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.TX_PARAM_SETUP_REQ;
    }

    @Override
    public byte[] payload() throws LorawanException {
        int eirp = FieldCheck.range("TxParamSetupReq", "maxEirp", maxEirp, 0, 0x0F);
        return new PayloadWriter(1).u8(Flags.of(downlinkDwellTime, uplinkDwellTime) << 4 | eirp).toBytes();
    }

    static TxParamSetupReq decode(PayloadReader in) {
        int value = in.u8();
        return new TxParamSetupReq(Flags.bit(value, 5), Flags.bit(value, 4), value & 0x0F);
    }
}
