package io.longwave.lorawan.frame;

/** Join-request: JoinEUI | DevEUI | DevNonce. EUIs are held as the big-endian numbers people print. */
public record JoinRequest(long joinEui, long devEui, int devNonce) implements MacPayload {

    public static final int LENGTH = 18;

    public JoinRequest {
        if (devNonce < 0 || devNonce > 0xFFFF) {
            throw new IllegalArgumentException("DevNonce is 16 bits, got " + devNonce);
        }
    }

    @Override
    public int length() {
        return LENGTH;
    }
}
