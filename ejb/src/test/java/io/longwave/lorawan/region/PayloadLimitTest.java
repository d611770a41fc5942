package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayloadLimitTest {

    // RP002-1.0.3, "not repeater compatible" columns.
    @ParameterizedTest(name = "{0} DR{1} dwell={2} -> M={3}")
    @CsvSource({
        "EU_863_870, 0, false, 59, 51",
        "EU_863_870, 2, false, 59, 51",
        "EU_863_870, 3, false, 123, 115",
        "EU_863_870, 4, false, 250, 242",
        "EU_863_870, 7, false, 250, 242",
        "EU_863_870, 8, false, 58, 50",
        "EU_863_870, 9, false, 123, 115",
        "EU_863_870, 5, true, 250, 242",
        "US_902_928, 0, false, 19, 11",
        "US_902_928, 1, false, 61, 53",
        "US_902_928, 2, false, 133, 125",
        "US_902_928, 3, false, 250, 242",
        "US_902_928, 4, false, 250, 242",
        "US_902_928, 5, false, 58, 50",
        "US_902_928, 6, false, 133, 125",
        "US_902_928, 8, false, 61, 53",
        "US_902_928, 9, false, 137, 129",
        "US_902_928, 10, false, 250, 242",
        "US_902_928, 13, false, 250, 242",
        "AU_915_928, 0, false, 59, 51",
        "AU_915_928, 2, false, 59, 51",
        "AU_915_928, 3, false, 123, 115",
        "AU_915_928, 4, false, 250, 242",
        "AU_915_928, 6, false, 250, 242",
        "AU_915_928, 7, false, 58, 50",
        "AU_915_928, 2, true, 19, 11",
        "AU_915_928, 3, true, 61, 53",
        "AU_915_928, 4, true, 133, 125",
        "AU_915_928, 5, true, 250, 242",
        "AU_915_928, 8, true, 61, 53",
        "AU_915_928, 9, false, 137, 129",
        "AS_923, 0, false, 59, 51",
        "AS_923, 2, false, 123, 115",
        "AS_923, 3, false, 123, 115",
        "AS_923, 4, false, 250, 242",
        "AS_923, 2, true, 19, 11",
        "AS_923, 3, true, 61, 53",
        "AS_923, 4, true, 133, 125",
        "AS_923, 5, true, 250, 242",
        "AS_923_2, 4, true, 133, 125",
        "AS_923_4, 7, false, 250, 242",
        "KR_920_923, 2, false, 59, 51",
        "KR_920_923, 5, false, 250, 242",
        "IN_865_867, 3, false, 123, 115",
        "IN_865_867, 7, false, 250, 242",
        "CN_470_510, 3, false, 123, 115",
        "CN_470_510, 5, false, 250, 242",
        "RU_864_870, 6, false, 250, 242",
        "EU_433, 0, false, 59, 51",
        "CN_779_787, 4, false, 250, 242",
    })
    void rp002(String band, int dr, boolean dwell, int m, int n) throws Exception {
        assertEquals(new PayloadLimit(m, n), Bands.byId(band).maxPayload(dr, dwell));
    }

    // LoRaWAN Regional Parameters 1.0.2rB (The Things Stack rp1_v1_0_2_rev_b tables).
    @ParameterizedTest(name = "RP1.0.2rB {0} DR{1} dwell={2} -> M={3}")
    @CsvSource({
        "EU_863_870, 3, false, 123, 115",
        "EU_863_870, 4, false, 230, 222",
        "EU_863_870, 7, false, 230, 222",
        "US_902_928, 0, false, 19, 11",
        "US_902_928, 4, false, 250, 242",
        "US_902_928, 8, false, 61, 53",
        "US_902_928, 13, false, 250, 242",
        "AU_915_928, 4, false, 230, 222",
        "AU_915_928, 8, false, 61, 53",
        "AU_915_928, 13, false, 230, 222",
        "AU_915_928, 2, true, 59, 51",
        "AS_923, 2, false, 59, 51",
        "AS_923, 2, true, 19, 11",
        "AS_923, 4, true, 133, 125",
    })
    void legacy(String band, int dr, boolean dwell, int m, int n) throws Exception {
        assertEquals(new PayloadLimit(m, n),
                Bands.byId(band).maxPayload(dr, dwell, RegionalParametersVersion.RP001_1_0_2_REV_B));
    }

    @ParameterizedTest(name = "{0} DR{1} dwell={2} {3} refused")
    @CsvSource({
        "AS_923, 0, true, RP002_1_0_3",
        "AS_923, 1, true, RP002_1_0_3",
        "AU_915_928, 0, true, RP002_1_0_3",
        "AU_915_928, 1, true, RP002_1_0_3",
        "US_902_928, 7, false, RP002_1_0_3",
        "US_902_928, 14, false, RP002_1_0_3",
        "EU_863_870, -1, false, RP002_1_0_3",
        "EU_863_870, 8, false, RP001_1_0_2_REV_B",
        "US_902_928, 5, false, RP001_1_0_2_REV_B",
        "AS_923, 0, true, RP001_1_0_2_REV_B",
        "KR_920_923, 0, false, RP001_1_0_2_REV_B",
        "AS_923_2, 0, false, RP001_1_0_2_REV_B",
    })
    void refused(String band, int dr, boolean dwell, RegionalParametersVersion version) {
        assertThrows(LorawanException.class, () -> Bands.byId(band).maxPayload(dr, dwell, version));
    }
}
