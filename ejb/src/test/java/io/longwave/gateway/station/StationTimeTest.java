package io.longwave.gateway.station;

import io.longwave.lorawan.GpsTime;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StationTimeTest {

    @ParameterizedTest(name = "{0} is GPS µs {1}")
    @CsvSource({
            "1980-01-06T00:00:00Z, 18000000",
            "2017-01-01T00:00:00Z, 1167264018000000",
            "2026-12-06T23:00:00.123456Z, 1480633218123456",
    })
    void gpsTimeCountsFromTheGpsEpochWithLeapSeconds(String utc, long gpsMicros) {
        assertEquals(gpsMicros, GpsTime.micros(Instant.parse(utc)));
        assertEquals(Instant.parse(utc), GpsTime.utc(gpsMicros));
    }

    @ParameterizedTest(name = "RefTime {0} s before now: {1} ms")
    @CsvSource({
            "0.05,  50",
            "0.0,   0",
            "1.25,  1250",
            "-0.5,  -1",   // the station's RefTime ahead of our clock: no sample
            "31.0,  -1",   // queued in the station for half a minute: not a round trip
    })
    void roundTripIsNowMinusRefTime(double before, long expected) {
        Instant now = Instant.parse("2026-12-06T23:00:00Z");
        OptionalLong rtt = MuxTime.roundTripMillis(MuxTime.of(now) - before, now);
        assertEquals(expected, rtt.orElse(-1));
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "NaN"})
    void noRefTimeNoSample(double refTime) {
        assertEquals(OptionalLong.empty(), MuxTime.roundTripMillis(refTime, Instant.now()));
    }
}
