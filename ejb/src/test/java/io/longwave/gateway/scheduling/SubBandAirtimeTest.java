package io.longwave.gateway.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sliding-window rule of one sub-band, with a 100 s window so that 1 % is one second of airtime. */
class SubBandAirtimeTest {

    private static final long MS = 1_000_000L;
    private static final long WINDOW = 100_000 * MS;

    /** Booked emissions as {start ms, duration ms} pairs. */
    private static long[][] booked(long... startAndDuration) {
        long[][] out = new long[startAndDuration.length / 2][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new long[] {startAndDuration[2 * i], startAndDuration[2 * i + 1]};
        }
        return out;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("exactly the budget on an empty sub-band", 0.01, booked(), 0L, 1_000L, true),
                Arguments.of("one millisecond over the budget", 0.01, booked(), 0L, 1_001L, false),
                Arguments.of("fills what is left", 0.01, booked(0, 600), 10_000L, 400L, true),
                Arguments.of("one millisecond more than what is left", 0.01, booked(0, 600), 10_000L, 401L, false),
                Arguments.of("the earlier emission has left the window", 0.01, booked(0, 600), 100_600L, 500L, true),
                Arguments.of("the earlier emission is still in the window", 0.01, booked(0, 600), 99_400L, 500L, false),
                Arguments.of("a later booking counts in the window that starts now", 0.01, booked(50_000, 600), 0L, 500L, false),
                Arguments.of("a later booking beyond one window does not", 0.01, booked(100_001, 600), 0L, 500L, true),
                Arguments.of("10 % sub-band", 0.1, booked(0, 9_000), 20_000L, 1_000L, true),
                Arguments.of("10 % sub-band, over", 0.1, booked(0, 9_000), 20_000L, 1_001L, false),
                Arguments.of("0.1 % sub-band", 0.001, booked(), 0L, 101L, false),
                Arguments.of("no duty-cycle limit", 1.0, booked(0, 100_000), 0L, 100_000L, true),
                Arguments.of("only the half of an emission inside the window counts", 0.01, booked(-500, 1_000), 99_500L, 500L, true),
                Arguments.of("an earlier start takes in more of that emission", 0.01, booked(-500, 1_000), 99_000L, 501L, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judgesTheNewEmissionAgainstBothWindows(String name, double duty, long[][] before, long startMs, long durationMs,
                                                 boolean allowed) {
        SubBandAirtime a = new SubBandAirtime(duty, WINDOW);
        for (long[] e : before) {
            assertTrue(a.tryAdd(new Emission(e[0] * MS, e[1] * MS)), "setup emission fits");
        }
        assertEquals(allowed, a.tryAdd(new Emission(startMs * MS, durationMs * MS)));
        assertEquals(before.length + (allowed ? 1 : 0), a.size(), "a refused emission is not booked");
    }

    @Test
    void aRefusalBooksNothingSoASmallerEmissionStillFits() {
        SubBandAirtime a = new SubBandAirtime(0.01, WINDOW);
        assertTrue(a.tryAdd(new Emission(0, 700 * MS)));
        assertFalse(a.tryAdd(new Emission(1_000 * MS, 400 * MS)));
        assertTrue(a.tryAdd(new Emission(2_000 * MS, 300 * MS)));
        assertEquals(1_000 * MS, a.used(0, WINDOW));
    }

    @Test
    void forgetsEmissionsLongPast() {
        SubBandAirtime a = new SubBandAirtime(0.01, WINDOW);
        for (int i = 0; i < 10; i++) {
            assertTrue(a.tryAdd(new Emission(i * WINDOW, 100 * MS)));
        }
        assertTrue(a.size() <= 3, "only the last two windows are kept, got " + a.size());
    }
}
