package io.longwave.gateway.station;

import java.time.Instant;

/**
 * GPS time as Basics Station counts it: microseconds since the GPS epoch (1980-01-06T00:00:00Z), which
 * runs ahead of UTC by the leap seconds inserted since (18 since 2017; none is announced yet).
 */
public final class GpsTime {

    static final long GPS_EPOCH_UNIX_SECONDS = 315_964_800L;
    static final long LEAP_SECONDS = 18;

    private GpsTime() {
    }

    public static long micros(Instant utc) {
        long seconds = utc.getEpochSecond() - GPS_EPOCH_UNIX_SECONDS + LEAP_SECONDS;
        return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), utc.getNano() / 1_000);
    }

    public static Instant utc(long gpsMicros) {
        long seconds = Math.floorDiv(gpsMicros, 1_000_000L) + GPS_EPOCH_UNIX_SECONDS - LEAP_SECONDS;
        return Instant.ofEpochSecond(seconds, Math.floorMod(gpsMicros, 1_000_000L) * 1_000L);
    }
}
