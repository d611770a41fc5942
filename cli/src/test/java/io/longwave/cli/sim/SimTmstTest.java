package io.longwave.cli.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimTmstTest {

    @ParameterizedTest(name = "{0} - {1} = {2}")
    @CsvSource({
            "1000000, 0, 1000000",
            "0, 1000000, -1000000",
            // across the wrap: target just after 0, now just before 2^32
            "500000, 4294467296, 1000000",
            "4294467296, 500000, -1000000",
            "0, 4294967295, 1",
            "4294967295, 0, -1",
            "2147483647, 0, 2147483647",
    })
    void signedDifference(long a, long b, int expected) {
        assertEquals(expected, Tmst.diff(a, b));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
            "0, 1000000, 1000000",
            "4294967295, 1, 0",
            "4294467296, 1000000, 500000",
            "4294000000, 5000000, 4032704",
    })
    void plusWraps(long tmst, long micros, long expected) {
        assertEquals(expected, Tmst.plus(tmst, micros));
    }

    @ParameterizedTest(name = "uplink at {0}, RX1 after {1} us, downlink arrives at {2}: lead {3} us")
    @CsvSource({
            "1000, 1000000, 200000, 801000",
            "4294000000, 1000000, 4294900000, 100000",
            // RX1 target wrapped past zero, the gateway clock not yet
            "4294500000, 1000000, 4294800000, 700000",
            // the gateway clock wrapped too
            "4294500000, 1000000, 100000, 432704",
            // arrives after the window opened: negative, too late
            "4294500000, 1000000, 600000, -67296",
    })
    void leadBeforeRx1(long uplinkTmst, long rx1Delay, long nowTmst, int lead) {
        assertEquals(lead, Tmst.leadMicros(Tmst.plus(uplinkTmst, rx1Delay), nowTmst));
    }

    @ParameterizedTest(name = "started {0} ns, offset {1} us, at {2} ns: tmst {3}")
    @CsvSource({
            "0, 0, 1000, 1",
            "1000000, 0, 3000000, 2000",
            "0, 4294967295, 2000, 1",
            "5000, 4294967000, 1005000, 704",
    })
    void gatewayClock(long start, long offset, long now, long tmst) {
        assertEquals(tmst, new GatewayClock(start, offset).tmst(now));
    }
}
