package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Network sets the delay between uplink end and RX1 opening (downlink). Payload: RFU bits 7:4, Del bits 3:0
 * (seconds; 0 means 1 s).
 */
public record RxTimingSetupReq(int delay) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.RX_TIMING_SETUP_REQ;
    }

    @Override
    public byte[] payload() throws LorawanException {
        return new PayloadWriter(1).u8(FieldCheck.range("RxTimingSetupReq", "delay", delay, 0, 0x0F)).toBytes();
    }

    static RxTimingSetupReq decode(PayloadReader in) {
        return new RxTimingSetupReq(in.u8() & 0x0F);
    }
}
