package io.longwave.network.mac;

import java.time.Instant;

/** GPS time for DeviceTimeAns: seconds since 1980-01-06T00:00:00Z, which runs ahead of UTC by leap seconds. */
public final class GpsTime {

    /** Unix seconds of the GPS epoch. */
    static final long GPS_EPOCH_UNIX = 315_964_800L;
    /** GPS-UTC offset since 2017-01-01; no leap second has been announced since. */
    static final long LEAP_SECONDS = 18;

    private GpsTime() {
    }

    public static long seconds(Instant t) {
        return t.getEpochSecond() - GPS_EPOCH_UNIX + LEAP_SECONDS;
    }

    /** Fraction of the second in 1/256 s steps, rounded down. */
    public static int fraction256(Instant t) {
        return (int) ((long) t.getNano() * 256 / 1_000_000_000L);
    }
}
