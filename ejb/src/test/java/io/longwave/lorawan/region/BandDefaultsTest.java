package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BandDefaultsTest {

    @ParameterizedTest(name = "{0} RX2 {1} Hz DR{2}")
    @CsvSource({
        "EU_863_870, 869525000, 0", "US_902_928, 923300000, 8", "AU_915_928, 923300000, 8",
        "AS_923, 923200000, 2", "AS_923_2, 921400000, 2", "AS_923_3, 916600000, 2", "AS_923_4, 917300000, 2",
        "KR_920_923, 921900000, 0", "IN_865_867, 866550000, 2", "CN_470_510, 505300000, 0",
        "RU_864_870, 869100000, 0", "EU_433, 434665000, 0", "CN_779_787, 786000000, 0",
    })
    void rx2(String band, long hz, int dr) throws Exception {
        assertEquals(new Rx2Parameters(hz, dr), Bands.byId(band).rx2Default());
    }

    @ParameterizedTest(name = "{0} channel {1} = {2} Hz DR{3}..{4}")
    @CsvSource({
        "EU_863_870, 0, 868100000, 0, 5", "EU_863_870, 2, 868500000, 0, 5",
        "US_902_928, 0, 902300000, 0, 3", "US_902_928, 63, 914900000, 0, 3",
        "US_902_928, 64, 903000000, 4, 6", "US_902_928, 71, 914200000, 4, 6",
        "AU_915_928, 0, 915200000, 0, 5", "AU_915_928, 63, 927800000, 0, 5", "AU_915_928, 64, 915900000, 6, 7",
        "AU_915_928, 71, 927100000, 6, 7",
        "AS_923, 0, 923200000, 0, 5", "AS_923, 1, 923400000, 0, 5", "AS_923_2, 0, 921400000, 0, 5",
        "AS_923_3, 1, 916800000, 0, 5", "AS_923_4, 0, 917300000, 0, 5",
        "KR_920_923, 0, 922100000, 0, 5", "KR_920_923, 2, 922500000, 0, 5",
        "IN_865_867, 0, 865062500, 0, 5", "IN_865_867, 1, 865402500, 0, 5", "IN_865_867, 2, 865985000, 0, 5",
        "CN_470_510, 0, 470300000, 0, 5", "CN_470_510, 95, 489300000, 0, 5",
        "RU_864_870, 0, 868900000, 0, 5", "RU_864_870, 1, 869100000, 0, 5",
        "EU_433, 0, 433175000, 0, 5", "EU_433, 2, 433575000, 0, 5",
        "CN_779_787, 0, 779500000, 0, 5", "CN_779_787, 2, 779900000, 0, 5",
    })
    void defaultChannels(String band, int index, long hz, int minDr, int maxDr) throws Exception {
        assertEquals(new Channel(hz, minDr, maxDr), Bands.byId(band).defaultChannels().get(index));
    }

    @ParameterizedTest(name = "{0}: {1} default, {2} join, {3} max channels")
    @CsvSource({
        "EU_863_870, 3, 3, 16", "US_902_928, 72, 72, 72", "AU_915_928, 72, 72, 72", "AS_923, 2, 2, 16",
        "KR_920_923, 3, 3, 16", "IN_865_867, 3, 3, 16", "CN_470_510, 96, 96, 96", "RU_864_870, 2, 2, 16",
        "EU_433, 3, 3, 16", "CN_779_787, 3, 3, 16",
    })
    void channelCounts(String band, int defaults, int join, int max) throws Exception {
        Band b = Bands.byId(band);
        assertEquals(defaults, b.defaultChannels().size());
        assertEquals(join, b.joinChannels().size());
        assertEquals(max, b.uplinkChannelCount());
    }

    @ParameterizedTest(name = "{0} TXPower {1} -> {2} dB, {3} dBm")
    @CsvSource({
        "EU_863_870, 0, 0, 16", "EU_863_870, 1, -2, 14", "EU_863_870, 7, -14, 2",
        "US_902_928, 0, 0, 30", "US_902_928, 10, -20, 10", "US_902_928, 14, -28, 2",
        "AU_915_928, 14, -28, 2", "AS_923, 7, -14, 2", "KR_920_923, 0, 0, 14", "KR_920_923, 7, -14, 0",
        "IN_865_867, 10, -20, 10", "CN_470_510, 7, -14, 5.15", "CN_470_510, 0, 0, 19.15",
        "RU_864_870, 3, -6, 10", "EU_433, 5, -10, 2.15", "CN_779_787, 0, 0, 12.15",
    })
    void txPower(String band, int index, double offset, double eirp) throws Exception {
        Band b = Bands.byId(band);
        assertEquals(offset, b.txPowerOffsetDb(index), 1e-9);
        assertEquals(eirp, b.txPowerEirpDbm(index), 1e-9);
    }

    @ParameterizedTest(name = "{0} TXPower {1} refused")
    @CsvSource({"EU_863_870, 8", "US_902_928, 15", "KR_920_923, 8", "IN_865_867, 11", "EU_433, 6",
        "CN_779_787, 6", "AS_923, -1"})
    void txPowerRefused(String band, int index) {
        assertThrows(LorawanException.class, () -> Bands.byId(band).txPowerOffsetDb(index));
    }

    // EN 300 220 sub-bands of EU868: g (863-868), g1 868.0-868.6 1 %, g2 868.7-869.2 0.1 %,
    // g3 869.4-869.65 10 %, g4 869.7-870 1 %.
    @ParameterizedTest(name = "{0} Hz -> {1}/{2} {3}")
    @CsvSource({
        "863100000, K, g, 0.001", "864900000, K, g, 0.001", "867100000, L, g, 0.01", "868100000, M, g1, 0.01",
        "868500000, M, g1, 0.01", "868800000, N, g2, 0.001", "869525000, P, g3, 0.1", "869850000, R, g4, 0.01",
    })
    void eu868SubBands(long hz, String name, String legacyName, double dutyCycle) throws Exception {
        List<SubBand> matching = Bands.byId("EU_863_870").subBands().stream().filter(s -> s.contains(hz)).toList();
        assertEquals(1, matching.size());
        assertEquals(name, matching.get(0).name());
        assertEquals(legacyName, matching.get(0).legacyName());
        assertEquals(dutyCycle, matching.get(0).dutyCycle(), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(longs = {868650000L, 869300000L, 862000000L, 870100000L})
    void eu868GapsHaveNoSubBand(long hz) throws Exception {
        assertEquals(0, Bands.byId("EU_863_870").subBands().stream().filter(s -> s.contains(hz)).count());
    }

    @Test
    void registryKnowsEveryRegion() {
        assertEquals(List.of("EU_863_870", "US_902_928", "AU_915_928", "AS_923", "AS_923_2", "AS_923_3", "AS_923_4",
                "KR_920_923", "IN_865_867", "CN_470_510", "RU_864_870", "EU_433", "CN_779_787"), Bands.ids());
    }

    @ParameterizedTest
    @ValueSource(strings = {"EU868", "eu_863_870", "", "US_902_928_FSB_2"})
    void unknownBandIsRefused(String id) {
        LorawanException e = assertThrows(LorawanException.class, () -> Bands.byId(id));
        assertEquals(LorawanException.Reason.UNSUPPORTED, e.reason());
    }

    @Test
    void nullBandIsRefused() {
        assertThrows(LorawanException.class, () -> Bands.byId(null));
    }
}
