package io.longwave.lorawan.mac;

/**
 * Little-endian reader over one command payload. The codec checks the declared payload length before a
 * command decodes, so reads here never run past the end of the input.
 */
final class PayloadReader {

    private final byte[] data;
    private int position;

    PayloadReader(byte[] data, int offset) {
        this.data = data;
        this.position = offset;
    }

    int u8() {
        return data[position++] & 0xFF;
    }

    int u16() {
        return u8() | u8() << 8;
    }

    int u24() {
        return u16() | u8() << 16;
    }

    long u32() {
        return (u16() | (long) u16() << 16) & 0xFFFF_FFFFL;
    }
}
