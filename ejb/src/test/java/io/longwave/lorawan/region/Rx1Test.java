package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Rx1Test {

    @ParameterizedTest(name = "{0} DR{1} offset {2} dwell={3} -> DR{4}")
    @CsvSource({
        "EU_863_870, 5, 0, false, 5",
        "EU_863_870, 5, 3, false, 2",
        "EU_863_870, 2, 5, false, 0",
        "EU_863_870, 7, 5, false, 2",
        "EU_863_870, 9, 1, false, 1",
        "EU_863_870, 11, 0, false, 2",
        "US_902_928, 0, 0, false, 10",
        "US_902_928, 0, 3, false, 8",
        "US_902_928, 3, 0, false, 13",
        "US_902_928, 3, 3, false, 10",
        "US_902_928, 4, 0, false, 13",
        "US_902_928, 4, 1, false, 13",
        "US_902_928, 4, 3, false, 11",
        "US_902_928, 5, 0, false, 10",
        "US_902_928, 6, 2, false, 9",
        "AU_915_928, 0, 0, false, 8",
        "AU_915_928, 2, 0, false, 10",
        "AU_915_928, 5, 0, false, 13",
        "AU_915_928, 5, 5, false, 8",
        "AU_915_928, 6, 0, false, 13",
        "AU_915_928, 6, 1, false, 13",
        "AU_915_928, 6, 5, false, 9",
        "AU_915_928, 7, 0, false, 9",
        "AS_923, 5, 0, false, 5",
        "AS_923, 3, 2, false, 1",
        "AS_923, 3, 2, true, 2",
        "AS_923, 0, 5, false, 0",
        "AS_923, 0, 0, true, 2",
        "AS_923, 3, 6, false, 4",
        "AS_923, 3, 7, false, 5",
        "AS_923, 4, 7, false, 6",
        "AS_923, 5, 7, false, 7",
        "AS_923, 5, 7, true, 7",
        "AS_923, 7, 0, false, 7",
        "AS_923, 7, 5, true, 2",
        "IN_865_867, 5, 6, false, 5",
        "AS_923_2, 2, 6, true, 3",
        "IN_865_867, 4, 6, false, 5",
        "IN_865_867, 2, 7, false, 4",
        "IN_865_867, 1, 3, false, 0",
        "IN_865_867, 7, 0, false, 5",
        "KR_920_923, 5, 2, false, 3",
        "KR_920_923, 1, 4, false, 0",
        "CN_470_510, 5, 5, false, 0",
        "CN_470_510, 4, 1, false, 3",
        "RU_864_870, 7, 5, false, 2",
        "EU_433, 6, 1, false, 5",
        "CN_779_787, 3, 3, false, 0",
    })
    void rx1DataRate(String band, int up, int offset, boolean dwell, int expected) throws Exception {
        assertEquals(expected, Bands.byId(band).rx1DataRate(up, offset, dwell));
    }

    @ParameterizedTest(name = "{0} DR{1} offset {2} refused")
    @CsvSource({
        "EU_863_870, 5, 6", "EU_863_870, 12, 0", "US_902_928, 0, 4", "US_902_928, 8, 0",
        "US_902_928, 7, 0", "AU_915_928, 8, 0", "AU_915_928, 0, 6", "AS_923, 0, 8",
        "KR_920_923, 0, 6", "IN_865_867, 6, 0", "CN_470_510, 6, 0", "EU_863_870, 0, -1",
    })
    void rx1DataRateRefused(String band, int up, int offset) {
        assertThrows(LorawanException.class, () -> Bands.byId(band).rx1DataRate(up, offset, false));
    }

    // ChirpStack us915 test: 914.9 MHz (ch 63) -> 927.5 MHz, 903.0 MHz (ch 64) -> 923.3 MHz.
    @ParameterizedTest(name = "{0} {1} Hz -> {2} Hz")
    @CsvSource({
        "US_902_928, 902300000, 923300000",
        "US_902_928, 902500000, 923900000",
        "US_902_928, 914900000, 927500000",
        "US_902_928, 903000000, 923300000",
        "US_902_928, 914200000, 927500000",
        "AU_915_928, 915200000, 923300000",
        "AU_915_928, 916800000, 923300000",
        "AU_915_928, 917000000, 923900000",
        "CN_470_510, 470300000, 500300000",
        "CN_470_510, 486300000, 506700000",
        "CN_470_510, 479900000, 500300000",
        "CN_470_510, 489300000, 509700000",
        "EU_863_870, 867100000, 867100000",
        "AS_923_2, 921400000, 921400000",
    })
    void rx1Frequency(String band, long uplinkHz, long expectedHz) throws Exception {
        assertEquals(expectedHz, Bands.byId(band).rx1FrequencyHz(uplinkHz));
    }

    @ParameterizedTest
    @CsvSource({"US_902_928, 63, 7", "US_902_928, 64, 0", "US_902_928, 71, 7", "CN_470_510, 95, 47",
        "CN_470_510, 48, 0", "EU_863_870, 9, 9"})
    void rx1ChannelIndex(String band, int uplink, int downlink) throws Exception {
        assertEquals(downlink, Bands.byId(band).rx1ChannelIndex(uplink));
    }

    @ParameterizedTest
    @CsvSource({"US_902_928, 72", "CN_470_510, 96", "EU_863_870, 16", "US_902_928, -1"})
    void rx1ChannelIndexRefused(String band, int uplink) {
        assertThrows(LorawanException.class, () -> Bands.byId(band).rx1ChannelIndex(uplink));
    }

    @ParameterizedTest
    @CsvSource({"US_902_928, 902400000", "CN_470_510, 500300000", "EU_863_870, 0"})
    void rx1FrequencyRefused(String band, long hz) {
        assertThrows(LorawanException.class, () -> Bands.byId(band).rx1FrequencyHz(hz));
    }
}
