package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CfListTest {

    private static List<Long> frequencies(String spec) {
        return spec.isBlank() ? List.of() : Arrays.stream(spec.trim().split("\\s+")).map(Long::parseLong).toList();
    }

    // Frequencies in 100 Hz units, 24-bit little endian; byte 15 is CFListType 0.
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "EU_863_870 | 867100000 867300000 867500000 867700000 867900000 | 184f84e85684b85e84886684586e8400",
        "EU_863_870 | 867100000 | 184f8400000000000000000000000000",
        "EU_863_870 | '' | 00000000000000000000000000000000",
        "AS_923 | 922200000 922400000 | 70b78c40bf8c00000000000000000000",
        "IN_865_867 | 865062500 | 81ff8300000000000000000000000000",
    })
    void frequencyList(String band, String freqs, String hex) throws Exception {
        byte[] cfList = Bands.byId(band).cfListFrequencies(frequencies(freqs));
        assertEquals(16, cfList.length);
        assertArrayEquals(HexFormat.of().parseHex(hex), cfList);
    }

    // ChMask0..n little endian, RFU zeros, byte 15 is CFListType 1.
    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', value = {
        "US_902_928 | 8-15;65 | 00ff0000000000000200000000000001",
        "US_902_928 | 0-71 | ffffffffffffffffff00000000000001",
        "AU_915_928 | 0-7;64 | ff000000000000000100000000000001",
        "CN_470_510 | 80-87 | 00000000000000000000ff0000000001",
    })
    void channelMaskList(String band, String channels, String hex) throws Exception {
        byte[] cfList = Bands.byId(band).cfListChannelMask(ChannelSets.parse(channels));
        assertArrayEquals(HexFormat.of().parseHex(hex), cfList);
    }

    @ParameterizedTest(name = "{0} {1} refused")
    @CsvSource(delimiter = '|', value = {
        "EU_863_870 | 867100000 867300000 867500000 867700000 867900000 868800000",
        "EU_863_870 | 867100050",
        "EU_863_870 | -100",
        "EU_863_870 | 99999900",
        "EU_863_870 | 1677721600",
        "US_902_928 | 902300000",
    })
    void frequencyListRefused(String band, String freqs) {
        assertThrows(LorawanException.class, () -> Bands.byId(band).cfListFrequencies(frequencies(freqs)));
    }

    @ParameterizedTest(name = "{0} [{1}] refused")
    @CsvSource(delimiter = '|', value = {"EU_863_870 | 0-2", "US_902_928 | ''", "US_902_928 | 72"})
    void channelMaskListRefused(String band, String channels) {
        assertThrows(LorawanException.class,
                () -> Bands.byId(band).cfListChannelMask(ChannelSets.parse(channels)));
    }

    @ParameterizedTest
    @CsvSource({"EU_863_870, FREQUENCIES", "AS_923_4, FREQUENCIES", "US_902_928, CHANNEL_MASKS",
        "AU_915_928, CHANNEL_MASKS", "CN_470_510, CHANNEL_MASKS", "KR_920_923, FREQUENCIES"})
    void cfListType(String band, CfListType type) throws Exception {
        assertEquals(type, Bands.byId(band).cfListType());
    }
}
