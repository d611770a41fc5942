package io.longwave.lorawan.mac;

/** Packs the ACK bits of the answer commands, which all count down from the highest flag to bit 0. */
final class Flags {

    private Flags() {
    }

    /** Packs flags so that the last argument lands in bit 0, the one before it in bit 1, and so on. */
    static int of(boolean... flags) {
        int value = 0;
        for (boolean flag : flags) {
            value = value << 1 | (flag ? 1 : 0);
        }
        return value;
    }

    static boolean bit(int value, int bit) {
        return (value >> bit & 1) != 0;
    }
}
