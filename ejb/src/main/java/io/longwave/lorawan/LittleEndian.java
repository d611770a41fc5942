package io.longwave.lorawan;

/** LoRaWAN puts every multi-byte field on air least significant byte first; these helpers read and write them. */
public final class LittleEndian {

    private LittleEndian() {
    }

    /** Reads {@code count} (1..8) bytes at {@code off} as an unsigned little-endian number. */
    public static long read(byte[] b, int off, int count) {
        long v = 0;
        for (int i = count - 1; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    /** Writes the low {@code count} bytes of {@code value} at {@code off}, least significant first. */
    public static void write(byte[] b, int off, int count, long value) {
        for (int i = 0; i < count; i++) {
            b[off + i] = (byte) (value >>> (8 * i));
        }
    }
}
