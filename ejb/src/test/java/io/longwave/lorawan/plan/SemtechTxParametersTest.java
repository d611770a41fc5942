package io.longwave.lorawan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.region.Bands;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemtechTxParametersTest {

    @ParameterizedTest(name = "{0} RX2 -> {1} {2}")
    @CsvSource({
        "EU_863_870, 869.525, SF12BW125, 16",
        "EU_863_870_TTN, 869.525, SF9BW125, 16",
        "US_902_928_FSB_2, 923.3, SF12BW500, 30",
        "AU_915_928_FSB_2, 923.3, SF12BW500, 30",
        "AS_923_925_TTN_AU, 923.2, SF10BW125, 30",
        "KR_920_923_TTN, 921.9, SF12BW125, 14",
        "IN_865_867, 866.55, SF10BW125, 30",
        "CN_470_510_FSB_11, 505.3, SF12BW125, 19",
    })
    void rx2Downlink(String plan, double mhz, String datr, int powe) throws Exception {
        assertEquals(new SemtechTxParameters(mhz, datr, "4/5", powe, "LORA", true, 0),
                FrequencyPlans.byId(plan).rx2TxParameters());
    }

    @ParameterizedTest(name = "{0} {1} Hz DR{2} -> {3}")
    @CsvSource({
        "US_902_928, 923900000, 10, 20, 923.9, SF10BW500",
        "US_902_928, 927500000, 13, 27, 927.5, SF7BW500",
        "EU_863_870, 868100000, 5, 14, 868.1, SF7BW125",
        "EU_863_870, 868300000, 6, 14, 868.3, SF7BW250",
        "AS_923_2, 921400000, 2, 16, 921.4, SF10BW125",
    })
    void loraDownlink(String band, long hz, int dr, int power, double mhz, String datr) throws Exception {
        assertEquals(new SemtechTxParameters(mhz, datr, "4/5", power, "LORA", true, 0),
                SemtechTxParameters.forDownlink(Bands.byId(band), hz, dr, power));
    }

    // RP002 FSK: 50 kbps, 25 kHz deviation, no polarity inversion.
    @ParameterizedTest
    @CsvSource({"EU_863_870, 868800000, 868.8", "AS_923, 921800000, 921.8"})
    void fskDownlink(String band, long hz, double mhz) throws Exception {
        assertEquals(new SemtechTxParameters(mhz, "50000", "", 14, "FSK", false, 25_000),
                SemtechTxParameters.forDownlink(Bands.byId(band), hz, 7, 14));
    }

    @ParameterizedTest(name = "{0} {1} Hz DR{2} refused")
    @CsvSource({"US_902_928, 923300000, 0", "US_902_928, 923300000, 7", "EU_863_870, 868100000, 8",
        "EU_863_870, 0, 0", "AU_915_928, 923300000, 6"})
    void refused(String band, long hz, int dr) {
        assertThrows(LorawanException.class,
                () -> SemtechTxParameters.forDownlink(Bands.byId(band), hz, dr, 14));
    }
}
