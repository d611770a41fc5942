package io.longwave.gateway.station;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * The server's clock as Basics Station carries it ({@code MuxTime}: UTC seconds with a fraction), and the
 * round trip it yields: a station's {@code RefTime} is the {@code MuxTime} of our last message plus the
 * time the station has waited since it received it, so {@code now - RefTime} is the network round trip
 * (The Things Stack measures it the same way).
 */
public final class MuxTime {

    /** Above this the sample is the station's queueing or a clock jump, not a round trip. */
    static final long MAX_RTT_MILLIS = 30_000;

    private MuxTime() {
    }

    public static double of(Instant now) {
        return now.getEpochSecond() + now.getNano() / 1e9;
    }

    /** @return the round trip in milliseconds, or empty when the station had no MuxTime yet (0) or the sample is implausible */
    public static OptionalLong roundTripMillis(double refTime, Instant now) {
        if (!(refTime > 0)) {
            return OptionalLong.empty();
        }
        long rtt = Math.round((of(now) - refTime) * 1000);
        return rtt >= 0 && rtt <= MAX_RTT_MILLIS ? OptionalLong.of(rtt) : OptionalLong.empty();
    }
}
