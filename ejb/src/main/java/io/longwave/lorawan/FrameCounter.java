package io.longwave.lorawan;

/**
 * Rebuilds the 32-bit frame counter from the 16 bits sent on air. The candidate is the smallest value
 * at or above the last known counter whose low 16 bits match; a jump of more than {@code maxGap} frames
 * is refused because it more likely is a replay or a counter reset than lost frames.
 */
public record FrameCounter(int maxGap) {

    /** The gap most network servers accept by default (LoRaWAN 1.0 MAX_FCNT_GAP). */
    public static final int DEFAULT_MAX_GAP = 16384;

    private static final long MAX_FCNT = 0xFFFF_FFFFL;

    public FrameCounter {
        if (maxGap < 0 || maxGap > 0xFFFF) {
            throw new IllegalArgumentException("maxGap must be within 0..65535, got " + maxGap);
        }
    }

    public static FrameCounter withDefaultGap() {
        return new FrameCounter(DEFAULT_MAX_GAP);
    }

    /**
     * @param last   the last known full counter (0..2^32-1); equal on-air bits give back {@code last}
     *               so that a retransmission can be recognised by the caller
     * @param onAir  the 16-bit FCnt field of the frame
     * @return the full 32-bit counter
     */
    public long rebuild(long last, int onAir) throws LorawanException {
        if (last < 0 || last > MAX_FCNT) {
            throw new LorawanException(LorawanException.Reason.BAD_FIELD, "last FCnt out of 32-bit range: " + last);
        }
        if (onAir < 0 || onAir > 0xFFFF) {
            throw new LorawanException(LorawanException.Reason.BAD_FIELD, "on-air FCnt is 16 bits, got " + onAir);
        }
        long gap = (onAir - last) & 0xFFFF;
        if (gap > maxGap) {
            throw new LorawanException(LorawanException.Reason.FCNT_GAP,
                    "FCnt " + onAir + " is " + gap + " ahead of " + last + ", more than " + maxGap);
        }
        long full = last + gap;
        if (full > MAX_FCNT) {
            throw new LorawanException(LorawanException.Reason.FCNT_GAP, "FCnt would roll over 2^32 after " + last);
        }
        return full;
    }
}
