package io.longwave.lorawan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameCounterTest {

    @ParameterizedTest(name = "last={0} onAir={1} gap={2} -> {3}")
    @CsvSource({
            "0,          0,      16384, 0",
            "0,          1,      16384, 1",
            "5,          5,      16384, 5",
            "100,        16484,  16384, 16484",
            "65535,      0,      16384, 65536",
            "65535,      1,      16384, 65537",
            "65530,      10,     16384, 65546",
            "131071,     3,      16384, 131075",
            "65536,      65535,  65535, 131071",
            "4294967290, 65535,  16384, 4294967295",
            "70000,      4466,   10,    70002",
    })
    void rebuildsFullCounter(long last, int onAir, int maxGap, long expected) throws LorawanException {
        assertEquals(expected, new FrameCounter(maxGap).rebuild(last, onAir));
    }

    @ParameterizedTest(name = "last={0} onAir={1} gap={2} refused")
    @CsvSource({
            "0,          16385,  16384",
            "100,        99,     16384",
            "65535,      16384,  16384",
            "10,         21,     10",
            "4294967295, 0,      16384",
    })
    void refusesGapsBeyondTheMaximum(long last, int onAir, int maxGap) {
        LorawanException e = assertThrows(LorawanException.class, () -> new FrameCounter(maxGap).rebuild(last, onAir));
        assertEquals(LorawanException.Reason.FCNT_GAP, e.reason());
    }

    @ParameterizedTest(name = "last={0} onAir={1} is bad input")
    @CsvSource({"-1, 0", "4294967296, 0", "0, -1", "0, 65536"})
    void refusesOutOfRangeInput(long last, int onAir) {
        LorawanException e = assertThrows(LorawanException.class, () -> FrameCounter.withDefaultGap().rebuild(last, onAir));
        assertEquals(LorawanException.Reason.BAD_FIELD, e.reason());
    }
}
