package io.longwave.gateway.scheduling;

import java.util.ArrayList;
import java.util.List;

/**
 * The airtime one gateway spent in one regulatory sub-band, judged over a sliding window (The Things
 * Stack's Gateway Server uses one hour). A new emission is allowed when, counted with it, neither the
 * window ending when it ends nor the window starting when it starts holds more than the duty cycle:
 * downlinks are booked ahead of time, so later emissions may already be on the books. Not
 * thread-safe; {@link DutyCycleLedger} serialises access per gateway.
 */
final class SubBandAirtime {

    private final double dutyCycle;
    private final long windowNanos;
    /** Ordered by start. */
    private final List<Emission> emissions = new ArrayList<>();

    SubBandAirtime(double dutyCycle, long windowNanos) {
        if (dutyCycle <= 0 || dutyCycle > 1) {
            throw new IllegalArgumentException("duty cycle is in (0, 1], got " + dutyCycle);
        }
        if (windowNanos <= 0) {
            throw new IllegalArgumentException("window must be positive, got " + windowNanos);
        }
        this.dutyCycle = dutyCycle;
        this.windowNanos = windowNanos;
    }

    /** Books {@code e} when the duty cycle allows it; @return false (and books nothing) otherwise. */
    boolean tryAdd(Emission e) {
        forgetBefore(e.startNanos() - 2 * windowNanos);
        if (dutyCycle < 1) {
            double usable = dutyCycle * windowNanos;
            for (long to : new long[] {e.endNanos(), e.startNanos() + windowNanos}) {
                if (used(to - windowNanos, to) + e.durationNanos() > usable) {
                    return false;
                }
            }
        }
        int i = emissions.size();
        while (i > 0 && emissions.get(i - 1).startNanos() > e.startNanos()) {
            i--;
        }
        emissions.add(i, e);
        return true;
    }

    /** Airtime booked within [from, to). */
    long used(long from, long to) {
        long sum = 0;
        for (Emission e : emissions) {
            sum += e.within(from, to);
        }
        return sum;
    }

    int size() {
        return emissions.size();
    }

    // Emissions are judged at most a few seconds out of order, so two windows back is safely unneeded.
    private void forgetBefore(long horizon) {
        emissions.removeIf(e -> e.endNanos() < horizon);
    }
}
