package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Network limits the end-device's aggregated duty cycle to 1/2^maxDutyCycle (downlink).
 * Payload: RFU bits 7:4, MaxDutyCycle bits 3:0.
 */
public record DutyCycleReq(int maxDutyCycle) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.DUTY_CYCLE_REQ;
    }

    @Override
    public byte[] payload() throws LorawanException {
        return new PayloadWriter(1)
                .u8(FieldCheck.range("DutyCycleReq", "maxDutyCycle", maxDutyCycle, 0, 0x0F))
                .toBytes();
    }

    static DutyCycleReq decode(PayloadReader in) {
        return new DutyCycleReq(in.u8() & 0x0F);
    }
}
