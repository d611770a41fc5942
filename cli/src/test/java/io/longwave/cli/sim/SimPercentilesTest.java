package io.longwave.cli.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimPercentilesTest {

    private static final long[] ONE_TO_HUNDRED = LongStream.rangeClosed(1, 100).toArray();

    @ParameterizedTest(name = "p{0} of 1..100 = {1}")
    @CsvSource({"1, 1", "50, 50", "90, 90", "99, 99", "100, 100", "0, 1", "99.5, 100"})
    void nearestRank(double percent, long expected) {
        assertEquals(expected, Percentiles.at(ONE_TO_HUNDRED, percent));
    }

    @ParameterizedTest(name = "p{0} of [5,1,9] = {1}")
    @CsvSource({"1, 1", "34, 5", "50, 5", "67, 9", "99, 9"})
    void recorderSortsSamples(double percent, long expected) {
        LongRecorder r = new LongRecorder();
        r.add(5);
        r.add(1);
        r.add(9);
        assertEquals(expected, Percentiles.at(r.sorted(), percent));
    }

    @Test
    void summary() {
        LongRecorder r = new LongRecorder();
        for (long i = 2000; i >= 1; i--) {
            r.add(i);
        }
        Percentiles p = r.percentiles();
        assertEquals(2000, p.count());
        assertEquals(1, p.min());
        assertEquals(20, p.p1());
        assertEquals(1000, p.p50());
        assertEquals(1800, p.p90());
        assertEquals(1980, p.p99());
        assertEquals(2000, p.max());
        assertEquals(1000.5, p.avg(), 1e-9);
    }

    @Test
    void emptyIsZero() {
        Percentiles p = new LongRecorder().percentiles();
        assertEquals(0, p.count());
        assertEquals(0, p.p50());
        assertEquals(0, p.max());
    }
}
