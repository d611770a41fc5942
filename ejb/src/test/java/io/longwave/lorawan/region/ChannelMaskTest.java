package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelMaskTest {

    /** Expected blocks written "cntl:hexmask cntl:hexmask ...". */
    private static List<ChMaskBlock> blocks(String spec) {
        List<ChMaskBlock> out = new ArrayList<>();
        for (String pair : spec.trim().split("\\s+")) {
            String[] parts = pair.split(":");
            out.add(new ChMaskBlock(Integer.parseInt(parts[0]), Integer.parseInt(parts[1], 16)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
        // FSB 2: all 125 kHz off with 500 kHz channel 65 on, then block 0 re-enables channels 8..15.
        "US_902_928 | 8-15;65 | 7:0002 0:ff00",
        "US_902_928 | 0-7;64 | 7:0001 0:00ff",
        "US_902_928 | 0-71 | 6:00ff",
        "US_902_928 | 0-63 | 6:0000",
        "US_902_928 | 0-63;70 | 6:0040",
        "US_902_928 | 64-71 | 7:00ff",
        "US_902_928 | 8-23;65-66 | 7:0006 0:ff00 1:00ff",
        "US_902_928 | 0-15;32-47;48 | 7:0000 0:ffff 2:ffff 3:0001",
        "AU_915_928 | 8-15;65 | 7:0002 0:ff00",
        "AU_915_928 | 0-71 | 6:00ff",
        "EU_863_870 | 0-2 | 0:0007",
        "EU_863_870 | 0-7 | 0:00ff",
        "EU_863_870 | 0-15 | 0:ffff",
        "AS_923 | 0-1;4 | 0:0013",
        "CN_470_510 | 80-87 | 0:0000 1:0000 2:0000 3:0000 4:0000 5:00ff",
        "CN_470_510 | 0-95 | 0:ffff 1:ffff 2:ffff 3:ffff 4:ffff 5:ffff",
    })
    void shortestForm(String band, String channels, String expected) throws Exception {
        assertEquals(blocks(expected), Bands.byId(band).channelMaskBlocks(ChannelSets.parse(channels)));
    }

    @ParameterizedTest(name = "{0} [{1}] per block -> {2}")
    @CsvSource(delimiter = '|', value = {
        "US_902_928 | 8-15;65 | 0:ff00 1:0000 2:0000 3:0000 4:0002",
        "US_902_928 | 0-71 | 0:ffff 1:ffff 2:ffff 3:ffff 4:00ff",
        "AU_915_928 | 0-7;64 | 0:00ff 1:0000 2:0000 3:0000 4:0001",
        "EU_863_870 | 0-2 | 0:0007",
    })
    void perBlockForm(String band, String channels, String expected) throws Exception {
        assertEquals(blocks(expected), Bands.byId(band).channelMaskBlocksPerBlock(ChannelSets.parse(channels)));
    }

    @ParameterizedTest(name = "{0} [{1}] refused")
    @CsvSource(delimiter = '|', value = {
        "US_902_928 | ''", "US_902_928 | 72", "EU_863_870 | 16", "CN_470_510 | 96", "EU_863_870 | ''",
    })
    void refused(String band, String channels) {
        assertThrows(LorawanException.class,
                () -> Bands.byId(band).channelMaskBlocks(ChannelSets.parse(channels)));
    }
}
