package io.longwave.join.core;

import io.longwave.lorawan.LittleEndian;
import java.util.Arrays;
import java.util.BitSet;

/**
 * What the Join Server remembers about one device's nonces, to refuse replays and never repeat a
 * JoinNonce. Immutable: every accepted request yields a new state that the caller stores.
 *
 * @param lastJoinNonce  last JoinNonce sent (24 bits); the next one is this plus one, so a fresh
 *                       device starts at 0 and is sent 1 (a 1.1 device refuses a JoinNonce that does
 *                       not exceed the one it stored, which starts at 0)
 * @param lastDevNonce   last DevNonce accepted from a 1.0.4 / 1.1 device, or {@link #NONE}
 * @param usedDevNonces  every DevNonce accepted from a 1.0.0..1.0.3 device (random nonces, so only
 *                       reuse can be refused); empty for counter devices
 * @param lastRjCount0   last RJcount0 of a rejoin type 0 or 2 in the current session, or {@link #NONE}
 * @param lastRjCount1   last RJcount1 of a rejoin type 1, or {@link #NONE}
 */
public record NonceState(int lastJoinNonce, int lastDevNonce, BitSet usedDevNonces, int lastRjCount0,
                         int lastRjCount1) {

    public static final int NONE = -1;
    public static final int MAX_JOIN_NONCE = 0xFFFFFF;
    private static final int MAX_16 = 0xFFFF;
    private static final int FORMAT = 1;
    private static final int HEADER_LENGTH = 11;
    private static final int HAS_DEV_NONCE = 1;
    private static final int HAS_RJ_COUNT0 = 2;
    private static final int HAS_RJ_COUNT1 = 4;

    public NonceState {
        if (lastJoinNonce < 0 || lastJoinNonce > MAX_JOIN_NONCE) {
            throw new IllegalArgumentException("JoinNonce is 24 bits, got " + lastJoinNonce);
        }
        check16(lastDevNonce, "DevNonce");
        check16(lastRjCount0, "RJcount0");
        check16(lastRjCount1, "RJcount1");
        usedDevNonces = usedDevNonces == null ? new BitSet() : (BitSet) usedDevNonces.clone();
        if (usedDevNonces.length() > MAX_16 + 1) {
            throw new IllegalArgumentException("DevNonces are 16 bits");
        }
    }

    /** A device that never joined. */
    public static NonceState initial() {
        return new NonceState(0, NONE, new BitSet(), NONE, NONE);
    }

    @Override
    public BitSet usedDevNonces() {
        return (BitSet) usedDevNonces.clone();
    }

    public boolean devNonceUsed(int devNonce) {
        return usedDevNonces.get(devNonce);
    }

    public NonceState withLastJoinNonce(int joinNonce) {
        return new NonceState(joinNonce, lastDevNonce, usedDevNonces, lastRjCount0, lastRjCount1);
    }

    public NonceState withLastDevNonce(int devNonce) {
        return new NonceState(lastJoinNonce, devNonce, usedDevNonces, lastRjCount0, lastRjCount1);
    }

    public NonceState withUsedDevNonce(int devNonce) {
        BitSet used = (BitSet) usedDevNonces.clone();
        used.set(devNonce);
        return new NonceState(lastJoinNonce, lastDevNonce, used, lastRjCount0, lastRjCount1);
    }

    public NonceState withLastRjCount0(int rjCount0) {
        return new NonceState(lastJoinNonce, lastDevNonce, usedDevNonces, rjCount0, lastRjCount1);
    }

    public NonceState withLastRjCount1(int rjCount1) {
        return new NonceState(lastJoinNonce, lastDevNonce, usedDevNonces, lastRjCount0, rjCount1);
    }

    /**
     * Format 1: format | lastJoinNonce (3) | presence flags | lastDevNonce (2) | RJcount0 (2) |
     * RJcount1 (2) | used DevNonce bits (little-endian, trailing zero bytes dropped, at most 8 KiB).
     */
    public byte[] encode() {
        byte[] bits = usedDevNonces.toByteArray();
        byte[] out = new byte[HEADER_LENGTH + bits.length];
        out[0] = FORMAT;
        LittleEndian.write(out, 1, 3, lastJoinNonce);
        out[4] = (byte) ((lastDevNonce != NONE ? HAS_DEV_NONCE : 0) | (lastRjCount0 != NONE ? HAS_RJ_COUNT0 : 0)
                | (lastRjCount1 != NONE ? HAS_RJ_COUNT1 : 0));
        LittleEndian.write(out, 5, 2, Math.max(lastDevNonce, 0));
        LittleEndian.write(out, 7, 2, Math.max(lastRjCount0, 0));
        LittleEndian.write(out, 9, 2, Math.max(lastRjCount1, 0));
        System.arraycopy(bits, 0, out, HEADER_LENGTH, bits.length);
        return out;
    }

    /** Reads {@link #encode()}; stored bytes are trusted data, so a bad one is a programming error. */
    public static NonceState decode(byte[] encoded) {
        if (encoded == null || encoded.length < HEADER_LENGTH || encoded[0] != FORMAT) {
            throw new IllegalArgumentException("not an encoded NonceState (format " + FORMAT + ")");
        }
        int flags = encoded[4];
        return new NonceState((int) LittleEndian.read(encoded, 1, 3),
                optional(encoded, 5, flags, HAS_DEV_NONCE),
                BitSet.valueOf(Arrays.copyOfRange(encoded, HEADER_LENGTH, encoded.length)),
                optional(encoded, 7, flags, HAS_RJ_COUNT0),
                optional(encoded, 9, flags, HAS_RJ_COUNT1));
    }

    private static int optional(byte[] b, int off, int flags, int flag) {
        return (flags & flag) == 0 ? NONE : (int) LittleEndian.read(b, off, 2);
    }

    private static void check16(int value, String name) {
        if (value < NONE || value > MAX_16) {
            throw new IllegalArgumentException(name + " is 16 bits or NONE, got " + value);
        }
    }

    /** The DevNonce set is summarised: it may hold 65536 entries. */
    @Override
    public String toString() {
        return "NonceState[lastJoinNonce=" + lastJoinNonce + ", lastDevNonce=" + lastDevNonce + ", usedDevNonces="
                + usedDevNonces.cardinality() + " used, lastRjCount0=" + lastRjCount0 + ", lastRjCount1="
                + lastRjCount1 + "]";
    }
}
