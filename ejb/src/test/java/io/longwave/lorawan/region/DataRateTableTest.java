package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataRateTableTest {

    @ParameterizedTest(name = "{0} DR{1}")
    @CsvSource({
        "EU_863_870, 0, LORA, 12, 125000, 0, true, true",
        "EU_863_870, 5, LORA, 7, 125000, 0, true, true",
        "EU_863_870, 6, LORA, 7, 250000, 0, true, true",
        "EU_863_870, 7, FSK, 0, 0, 50000, true, true",
        "EU_863_870, 8, LR_FHSS, 0, 137000, 0, true, false",
        "EU_863_870, 11, LR_FHSS, 0, 336000, 0, true, false",
        "US_902_928, 0, LORA, 10, 125000, 0, true, false",
        "US_902_928, 3, LORA, 7, 125000, 0, true, false",
        "US_902_928, 4, LORA, 8, 500000, 0, true, false",
        "US_902_928, 5, LR_FHSS, 0, 1523000, 0, true, false",
        "US_902_928, 8, LORA, 12, 500000, 0, false, true",
        "US_902_928, 13, LORA, 7, 500000, 0, false, true",
        "AU_915_928, 0, LORA, 12, 125000, 0, true, false",
        "AU_915_928, 6, LORA, 8, 500000, 0, true, false",
        "AU_915_928, 7, LR_FHSS, 0, 1523000, 0, true, false",
        "AU_915_928, 8, LORA, 12, 500000, 0, false, true",
        "AS_923, 2, LORA, 10, 125000, 0, true, true",
        "AS_923_3, 7, FSK, 0, 0, 50000, true, true",
        "KR_920_923, 5, LORA, 7, 125000, 0, true, true",
        "IN_865_867, 7, FSK, 0, 0, 50000, true, true",
        "CN_470_510, 0, LORA, 12, 125000, 0, true, true",
        "RU_864_870, 6, LORA, 7, 250000, 0, true, true",
        "EU_433, 3, LORA, 9, 125000, 0, true, true",
        "CN_779_787, 7, FSK, 0, 0, 50000, true, true",
    })
    void dataRates(String band, int dr, Modulation modulation, int sf, int bw, int bitRate, boolean up,
            boolean down) throws Exception {
        DataRate rate = Bands.byId(band).dataRate(dr);
        assertEquals(dr, rate.index());
        assertEquals(modulation, rate.modulation());
        assertEquals(sf, rate.spreadingFactor());
        assertEquals(bw, rate.bandwidthHz());
        assertEquals(bitRate, rate.bitRate());
        assertEquals(up, rate.uplink());
        assertEquals(down, rate.downlink());
    }

    @ParameterizedTest
    @CsvSource({"EU_863_870, 12", "US_902_928, 7", "US_902_928, 14", "IN_865_867, 6", "KR_920_923, 6",
        "CN_470_510, 6", "AS_923, 8", "AU_915_928, -1"})
    void undefinedDataRatesAreRefused(String band, int dr) {
        assertThrows(LorawanException.class, () -> Bands.byId(band).dataRate(dr));
    }

    @ParameterizedTest
    @CsvSource({"EU_863_870, 3, SF9BW125", "US_902_928, 8, SF12BW500", "EU_863_870, 6, SF7BW250",
        "EU_863_870, 7, ''"})
    void semtechDatr(String band, int dr, String datr) throws Exception {
        assertEquals(datr, Bands.byId(band).dataRate(dr).loraDatr());
    }

    @ParameterizedTest
    @CsvSource({"EU_863_870, 12", "US_902_928, 13", "AU_915_928, 14", "AS_923, 8", "KR_920_923, 6",
        "IN_865_867, 7", "CN_470_510, 6", "RU_864_870, 8", "EU_433, 8", "CN_779_787, 8"})
    void dataRateCount(String band, int count) throws Exception {
        assertEquals(count, Bands.byId(band).dataRates().size());
    }
}
