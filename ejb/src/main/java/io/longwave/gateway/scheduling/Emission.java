package io.longwave.gateway.scheduling;

/**
 * One transmission of a gateway: when it starts and how long it is on air, on one clock (this server's
 * {@link System#nanoTime()}).
 */
public record Emission(long startNanos, long durationNanos) {

    public Emission {
        if (durationNanos < 0) {
            throw new IllegalArgumentException("duration must not be negative, got " + durationNanos);
        }
    }

    public long endNanos() {
        return startNanos + durationNanos;
    }

    /** How much of this emission falls within [from, to). */
    long within(long from, long to) {
        long start = Math.max(startNanos, from);
        long end = Math.min(endNanos(), to);
        return Math.max(0, end - start);
    }
}
