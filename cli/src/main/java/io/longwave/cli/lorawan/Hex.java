package io.longwave.cli.lorawan;

import io.longwave.lorawan.LorawanException;
import java.util.HexFormat;

/** Hex text of the CLI: upper case out, either case in; numbers are big-endian as people print them. */
final class Hex {

    private static final HexFormat UPPER = HexFormat.of().withUpperCase();

    private Hex() {
    }

    static String of(byte[] b) {
        return UPPER.formatHex(b);
    }

    static String of(long value, int bytes) {
        return UPPER.toHexDigits(value).substring(16 - 2 * bytes);
    }

    static byte[] bytes(String hex, String what) throws LorawanException {
        try {
            return HexFormat.of().parseHex(hex.trim());
        } catch (IllegalArgumentException e) {
            throw new LorawanException(LorawanException.Reason.BAD_FIELD, what + " is not hex: " + hex);
        }
    }

    static long number(String hex, String what) throws LorawanException {
        String h = hex.trim();
        if (h.isEmpty() || h.length() > 16) {
            throw new LorawanException(LorawanException.Reason.BAD_FIELD, what + " must be 1..16 hex digits");
        }
        try {
            return Long.parseUnsignedLong(h, 16);
        } catch (NumberFormatException e) {
            throw new LorawanException(LorawanException.Reason.BAD_FIELD, what + " is not hex: " + hex);
        }
    }
}
