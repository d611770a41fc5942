package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Network changes RX1 data-rate offset and RX2 data rate/frequency (downlink). Payload: DLsettings (RFU bit 7,
 * RX1DRoffset bits 6:4, RX2DataRate bits 3:0) then Frequency (24 bits little-endian, 100 Hz steps).
 */
public record RxParamSetupReq(int rx1DrOffset, int rx2DataRate, long frequencyHz) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.RX_PARAM_SETUP_REQ;
    }

    @Override
    public byte[] payload() throws LorawanException {
        int offset = FieldCheck.range("RxParamSetupReq", "rx1DrOffset", rx1DrOffset, 0, 0x07);
        int dr = FieldCheck.range("RxParamSetupReq", "rx2DataRate", rx2DataRate, 0, 0x0F);
        int frequency = FieldCheck.frequencyUnits("RxParamSetupReq", "frequencyHz", frequencyHz);
        return new PayloadWriter(4).u8(offset << 4 | dr).u24(frequency).toBytes();
    }

    static RxParamSetupReq decode(PayloadReader in) {
        int settings = in.u8();
        return new RxParamSetupReq((settings >> 4) & 0x07, settings & 0x0F, in.u24() * FieldCheck.FREQUENCY_STEP_HZ);
    }
}
