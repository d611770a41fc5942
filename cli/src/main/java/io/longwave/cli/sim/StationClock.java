package io.longwave.cli.sim;

/**
 * The xtime of a simulated Basics Station, laid out as the station lays it out (ral.h): bit 63 zero,
 * bits 62..56 the radio unit (0 here), bits 55..48 a session id that is never 0, bits 47..0
 * microseconds of the concentrator session. A session id of 0x20 or more puts every xtime above
 * 2^53, where a JSON reader that goes through a double loses it; the simulator's ids are always there.
 */
public record StationClock(int session, long startNanos, long offsetMicros) {

    public static final int SESSION_SHIFT = 48;
    public static final long MICROS_MASK = (1L << SESSION_SHIFT) - 1;

    public StationClock {
        if (session < 0x20 || session > 0xFF) {
            throw new IllegalArgumentException("session id must be 0x20..0xFF, got " + session);
        }
    }

    /** A session id in 0x20..0xFF from a seed, different per gateway and per run. */
    public static int sessionFor(long seed) {
        return 0x20 + (int) Math.floorMod(seed, 0xE0L);
    }

    public long xtime(long nowNanos) {
        return (long) session << SESSION_SHIFT | (((nowNanos - startNanos) / 1_000 + offsetMicros) & MICROS_MASK);
    }

    public long now() {
        return xtime(System.nanoTime());
    }

    public static int session(long xtime) {
        return (int) (xtime >>> SESSION_SHIFT) & 0xFF;
    }

    /** {@code a - b} in microseconds, right across a wrap of the 48-bit counter; both of one session. */
    public static long diff(long a, long b) {
        return ((a - b) << (64 - SESSION_SHIFT)) >> (64 - SESSION_SHIFT);
    }

    /** {@code xtime + micros} within the same session. */
    public static long plus(long xtime, long micros) {
        return (xtime & ~MICROS_MASK) | ((xtime + micros) & MICROS_MASK);
    }
}
