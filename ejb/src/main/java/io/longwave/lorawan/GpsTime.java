package io.longwave.lorawan;

import java.time.Instant;

/**
 * GPS time: counted from the GPS epoch (1980-01-06T00:00:00Z), ahead of UTC by the leap seconds inserted
 * since (18 since 2017-01-01; none announced since). In seconds and 1/256 s for DeviceTimeAns, in
 * microseconds for LoRa Basics Station.
 */
public final class GpsTime {

    /** Unix seconds of the GPS epoch. */
    static final long GPS_EPOCH_UNIX_SECONDS = 315_964_800L;
    static final long LEAP_SECONDS = 18;

    private GpsTime() {
    }

    public static long seconds(Instant utc) {
        return utc.getEpochSecond() - GPS_EPOCH_UNIX_SECONDS + LEAP_SECONDS;
    }

    /** Fraction of the second in 1/256 s steps, rounded down. */
    public static int fraction256(Instant utc) {
        return (int) ((long) utc.getNano() * 256 / 1_000_000_000L);
    }

    public static long micros(Instant utc) {
        return Math.addExact(Math.multiplyExact(seconds(utc), 1_000_000L), utc.getNano() / 1_000);
    }

    public static Instant utc(long gpsMicros) {
        long seconds = Math.floorDiv(gpsMicros, 1_000_000L) + GPS_EPOCH_UNIX_SECONDS - LEAP_SECONDS;
        return Instant.ofEpochSecond(seconds, Math.floorMod(gpsMicros, 1_000_000L) * 1_000L);
    }
}
