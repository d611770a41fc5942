package io.longwave.lorawan.crypto;

import io.longwave.lorawan.LorawanException;
import java.util.Arrays;
import java.util.HexFormat;

/** A 128-bit AES key. The bytes are copied in and out so that the value stays immutable, and never printed. */
public record AesKey(byte[] bytes) {

    public static final int LENGTH = 16;

    public AesKey {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("an AES-128 key has 16 bytes");
        }
        bytes = bytes.clone();
    }

    /** Parses 32 hex digits; a bad string is bad input, hence the typed exception. */
    public static AesKey fromHex(String hex) throws LorawanException {
        if (hex == null || hex.length() != 2 * LENGTH) {
            throw new LorawanException(LorawanException.Reason.BAD_KEY, "an AES-128 key is 32 hex digits");
        }
        try {
            return new AesKey(HexFormat.of().parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new LorawanException(LorawanException.Reason.BAD_KEY, "key is not hex");
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Upper-case hex, for tests and for the operator CLI only; logs must use {@link #toString()}. */
    public String toHex() {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AesKey other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "AesKey[redacted]";
    }
}
