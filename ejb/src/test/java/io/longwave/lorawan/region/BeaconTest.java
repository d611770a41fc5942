package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BeaconTest {

    // 334382 h 52 min 44 s after the GPS epoch, the ChirpStack lrwn ping-slot test time.
    private static final long T = 334382L * 3600 + 52 * 60 + 44;

    @ParameterizedTest(name = "{0} beacon DR{1}")
    @CsvSource({"EU_863_870, 3", "US_902_928, 8", "AU_915_928, 8", "AS_923, 3", "KR_920_923, 3",
        "IN_865_867, 4", "CN_470_510, 2", "RU_864_870, 3", "EU_433, 3", "CN_779_787, 3"})
    void beaconDataRate(String band, int dr) throws Exception {
        assertEquals(dr, Bands.byId(band).beaconDataRate());
    }

    // Hopping regions: channel floor(t / 128) mod 8; others use one frequency.
    @ParameterizedTest(name = "{0} t={1} -> {2} Hz")
    @CsvSource({
        "US_902_928, 0, 923300000", "US_902_928, 127, 923300000", "US_902_928, 128, 923900000",
        "US_902_928, 896, 927500000", "US_902_928, 1024, 923300000", "AU_915_928, 384, 925100000",
        "CN_470_510, 0, 508300000", "CN_470_510, 896, 509700000",
        "EU_863_870, 128, 869525000", "AS_923, 0, 923400000", "AS_923_2, 0, 921600000",
        "AS_923_3, 0, 916800000", "AS_923_4, 0, 917500000", "KR_920_923, 0, 923100000",
        "IN_865_867, 0, 866550000", "RU_864_870, 0, 869100000", "EU_433, 0, 434665000", "CN_779_787, 0, 785000000",
    })
    void beaconFrequency(String band, long t, long hz) throws Exception {
        assertEquals(hz, Bands.byId(band).beaconFrequencyHz(t));
    }

    // ChirpStack: DevAddr 0314CF36 at T -> 925.7 MHz in US915; RU864 ping slots use 868.9 MHz.
    @ParameterizedTest(name = "{0} {1} -> {3} Hz")
    @CsvSource({
        "US_902_928, 0314CF36, " + T + ", 925700000",
        "US_902_928, 00000001, 0, 923900000",
        "US_902_928, FFFFFFFF, 128, 923300000",
        "AU_915_928, 00000007, 0, 927500000",
        "CN_470_510, 00000003, 128, 509100000",
        "RU_864_870, 0314CF36, " + T + ", 868900000",
        "EU_863_870, 0314CF36, " + T + ", 869525000",
        "AS_923_2, 00000000, 0, 921600000",
    })
    void pingSlotFrequency(String band, String devAddrHex, long t, long hz) throws Exception {
        int devAddr = Integer.parseUnsignedInt(devAddrHex, 16);
        assertEquals(hz, Bands.byId(band).pingSlotFrequencyHz(devAddr, t));
    }
}
