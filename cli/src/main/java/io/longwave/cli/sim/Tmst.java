package io.longwave.cli.sim;

/**
 * The concentrator clock of a Semtech gateway: microseconds as an unsigned 32-bit counter that wraps
 * about every 71.6 minutes. Values are carried in a {@code long} in 0..2^32-1.
 */
public final class Tmst {

    public static final long MASK = 0xFFFF_FFFFL;

    private Tmst() {
    }

    /** A microsecond count reduced to the 32-bit counter. */
    public static long of(long micros) {
        return micros & MASK;
    }

    /** {@code tmst + micros}, wrapping. */
    public static long plus(long tmst, long micros) {
        return (tmst + micros) & MASK;
    }

    /** {@code a - b} in microseconds as a signed 32-bit difference, right across a wrap. */
    public static int diff(long a, long b) {
        return (int) (a - b);
    }

    /** Lead of a scheduled downlink: how long before its {@code txTmst} the gateway got it (negative: too late). */
    public static int leadMicros(long txTmst, long nowTmst) {
        return diff(txTmst, nowTmst);
    }
}
