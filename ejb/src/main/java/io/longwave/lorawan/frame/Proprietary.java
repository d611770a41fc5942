package io.longwave.lorawan.frame;

import java.util.Arrays;
import java.util.HexFormat;

/** Proprietary frame: LoRaWAN defines no structure and no MIC, so everything after MHDR is kept opaque. */
public record Proprietary(byte[] payload) implements MacPayload {

    public Proprietary {
        if (payload == null) {
            throw new IllegalArgumentException("payload must not be null");
        }
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public int length() {
        return payload.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Proprietary p && Arrays.equals(payload, p.payload);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "Proprietary[" + HexFormat.of().formatHex(payload) + "]";
    }
}
