package io.longwave.lorawan.mac;

/** Acknowledges a DutyCycleReq (uplink, no payload). */
public record DutyCycleAns() implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.DUTY_CYCLE_ANS;
    }

    @Override
    public byte[] payload() {
        return new byte[0];
    }
}
