package io.longwave.lorawan.mac;

/** Acknowledges an RXTimingSetupReq (uplink, no payload). */
public record RxTimingSetupAns() implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.RX_TIMING_SETUP_ANS;
    }

    @Override
    public byte[] payload() {
        return new byte[0];
    }
}
