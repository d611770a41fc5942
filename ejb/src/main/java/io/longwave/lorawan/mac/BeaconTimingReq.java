package io.longwave.lorawan.mac;

/** Asks for the time to the next beacon; deprecated since LoRaWAN 1.0.3 but still parsed (uplink, no payload). */
public record BeaconTimingReq() implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.BEACON_TIMING_REQ;
    }

    @Override
    public byte[] payload() {
        return new byte[0];
    }
}
