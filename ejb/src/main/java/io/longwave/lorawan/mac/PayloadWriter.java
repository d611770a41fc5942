package io.longwave.lorawan.mac;

/** Fixed-size little-endian byte sink for one command payload; LoRaWAN fields are little-endian. */
final class PayloadWriter {

    private final byte[] bytes;
    private int position;

    PayloadWriter(int length) {
        this.bytes = new byte[length];
    }

    PayloadWriter u8(int value) {
        bytes[position++] = (byte) value;
        return this;
    }

    PayloadWriter u16(int value) {
        return u8(value).u8(value >>> 8);
    }

    PayloadWriter u24(int value) {
        return u16(value).u8(value >>> 16);
    }

    PayloadWriter u32(long value) {
        return u16((int) value).u16((int) (value >>> 16));
    }

    /** The payload; a record that writes fewer bytes than its declared length is a programming error. */
    byte[] toBytes() {
        if (position != bytes.length) {
            throw new IllegalStateException("payload wrote " + position + " of " + bytes.length + " bytes");
        }
        return bytes;
    }
}
