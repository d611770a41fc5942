package io.longwave.cli.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.cli.api.Jsons;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dnmsg reading and the station's choice of window: RX1, RX2 fallback, too late, class C; xtime across a wrap. */
class StationTransmissionTest {

    private static final long SESSION = 0xC3L << 48;

    private static Dnmsg dnmsg(String json) {
        return Dnmsg.parse(Jsons.parseObject(json));
    }

    private static String classA(long xtime, boolean rx1, boolean rx2) {
        return "{\"msgtype\":\"dnmsg\",\"DevEui\":\"53-49-4D-00-00-00-00-07\",\"dC\":0,\"diid\":42,\"pdu\":\"60AABB\","
                + "\"RxDelay\":1," + (rx1 ? "\"RX1DR\":5,\"RX1Freq\":868100000," : "")
                + (rx2 ? "\"RX2DR\":0,\"RX2Freq\":869525000," : "") + "\"xtime\":" + xtime + ",\"rctx\":0,\"priority\":25,"
                + "\"MuxTime\":1700000000.25}";
    }

    @Test
    void readsXtimeExactlyAndTheDevEui() {
        long xtime = SESSION | 0xFFFF_FFFF_FFF1L;
        Dnmsg d = dnmsg(classA(xtime, true, true));
        assertEquals(xtime, d.xtime().getAsLong());
        assertEquals(0x5349_4D00_0000_0007L, d.devEui());
        assertEquals(42, d.diid());
        assertEquals(868_100_000, d.rx1Freq());
        assertEquals(869_525_000, d.rx2Freq());
        assertEquals(1, d.rxDelay());
    }

    @ParameterizedTest(name = "dnmsg {0} us after the uplink, RX1 {1}, RX2 {2}: {3}")
    @CsvSource({
            "100000, true, true, RX1, 900000",
            "979000, true, true, RX1, 21000",
            "985000, true, true, RX2, 15000",       // RX1 within the aim gap: the station falls back to RX2
            "985000, true, false, TOO_LATE, 0",
            "1985000, true, true, TOO_LATE, 0",
            "100000, false, true, RX2, 1900000"})
    void choosesTheWindowAsTheStationDoes(long after, boolean rx1, boolean rx2, String expected, long lead) {
        // an uplink just before the 48-bit counter wraps, so that the windows lie across it
        long uplink = SESSION | (StationClock.MICROS_MASK - 300_000);
        long now = StationClock.plus(uplink, after);
        Optional<StationTransmission> tx = StationTransmission.schedule(dnmsg(classA(uplink, rx1, rx2)), now);
        if (expected.equals("TOO_LATE")) {
            assertTrue(tx.isEmpty(), tx.toString());
            return;
        }
        assertEquals(ReceivedDownlink.Window.valueOf(expected), tx.orElseThrow().window());
        assertEquals(lead, tx.get().leadMicros());
        long windowAt = expected.equals("RX1") ? 1_000_000 : 2_000_000;
        assertEquals(StationClock.plus(uplink, windowAt), tx.get().xtime());
        assertEquals(SESSION, tx.get().xtime() & ~StationClock.MICROS_MASK, "the session survives the wrap");
    }

    @Test
    void classCGoesOutAtOnceOnRx2() {
        Dnmsg d = dnmsg("{\"msgtype\":\"dnmsg\",\"DevEui\":\"53-49-4D-00-00-00-00-07\",\"dC\":2,\"diid\":7,\"pdu\":\"60\","
                + "\"RxDelay\":1,\"RX2DR\":0,\"RX2Freq\":869525000,\"priority\":25,\"MuxTime\":1.5}");
        StationTransmission tx = StationTransmission.schedule(d, SESSION | 5).orElseThrow();
        assertEquals(ReceivedDownlink.Window.IMMEDIATE, tx.window());
        assertEquals(869_525_000, tx.frequencyHz());
    }

    @Test
    void anXtimeOfAnotherSessionCannotBePlaced() {
        Dnmsg d = dnmsg(classA(0x21L << 48 | 1000, true, true));
        assertTrue(StationTransmission.schedule(d, SESSION | 2000).isEmpty());
    }

    @Test
    void refusesADnmsgWithoutWindows() {
        assertThrows(IllegalArgumentException.class, () -> dnmsg(classA(SESSION, false, false)));
        assertThrows(IllegalArgumentException.class, () -> dnmsg("{\"msgtype\":\"dnmsg\",\"dC\":0,\"RX2DR\":0,\"RX2Freq\":1}"));
    }

    @Test
    void clockKeepsSessionAboveTwoToThe53() {
        StationClock clock = new StationClock(StationClock.sessionFor(12345), 0, StationClock.MICROS_MASK - 5);
        long x = clock.xtime(10_000);   // 10 us later: across the wrap of the counter
        assertTrue(x > 1L << 53);
        assertEquals(clock.session(), StationClock.session(x));
        assertEquals(4, x & StationClock.MICROS_MASK);
        assertEquals(10, StationClock.diff(x, clock.xtime(0)));
        assertThrows(IllegalArgumentException.class, () -> new StationClock(0, 0, 0));
    }
}
