package io.longwave.lorawan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.region.Band;
import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.CfListType;
import io.longwave.lorawan.region.Rx2Parameters;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrequencyPlansTest {

    // Values from TheThingsNetwork/lorawan-frequency-plans (*.yml).
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "EU_863_870, EU_863_870, 8, 868100000, 867900000, 869525000, 0, 867500000, 868500000",
        "EU_863_870_TTN, EU_863_870, 8, 868100000, 867900000, 869525000, 3, 867500000, 868500000",
        "EU_863_870_ROAMING_DRAFT, EU_863_870, 6, 868100000, 867900000, 869525000, 0, 867500000, 868500000",
        "US_902_928_FSB_1, US_902_928, 8, 902300000, 903700000, 923300000, 8, 902700000, 903400000",
        "US_902_928_FSB_2, US_902_928, 8, 903900000, 905300000, 923300000, 8, 904300000, 905000000",
        "US_902_928_FSB_8, US_902_928, 8, 913500000, 914900000, 923300000, 8, 913900000, 914600000",
        "AU_915_928_FSB_1, AU_915_928, 8, 915200000, 916600000, 923300000, 8, 915600000, 916300000",
        "AU_915_928_FSB_2, AU_915_928, 8, 916800000, 918200000, 923300000, 8, 917200000, 917900000",
        "AU_915_928_FSB_8, AU_915_928, 8, 926400000, 927800000, 923300000, 8, 926800000, 927500000",
        "AS_920_923, AS_923, 8, 923200000, 922000000, 923200000, 2, 923000000, 922000000",
        "AS_923_925, AS_923, 8, 923200000, 924600000, 923200000, 2, 923600000, 924600000",
        "AS_923_925_TTN_AU, AS_923, 8, 923200000, 924600000, 923200000, 2, 923600000, 924600000",
        "KR_920_923_TTN, KR_920_923, 7, 922100000, 923300000, 921900000, 0, 922400000, 923000000",
        "IN_865_867, IN_865_867, 3, 865062500, 865985000, 866550000, 2, 865200000, 866385000",
        "CN_470_510_FSB_11, CN_470_510, 8, 486300000, 487700000, 505300000, 0, 486600000, 487400000",
    })
    void planContents(String id, String band, int count, long first, long last, long rx2Hz, int rx2Dr,
            long radio0, long radio1) throws Exception {
        FrequencyPlan plan = FrequencyPlans.byId(id);
        assertEquals(band, plan.bandId());
        assertEquals(band, plan.band().id());
        assertEquals(count, plan.uplinkChannels().size());
        assertEquals(first, plan.uplinkChannels().get(0).frequencyHz());
        assertEquals(last, plan.uplinkChannels().get(count - 1).frequencyHz());
        assertEquals(new Rx2Parameters(rx2Hz, rx2Dr), plan.rx2());
        assertEquals(List.of(radio0, radio1), plan.radioCentersHz());
    }

    @Test
    void bandIdOfSinglePlanBandIsAnAlias() throws Exception {
        assertEquals("KR_920_923_TTN", FrequencyPlans.byId("KR_920_923").id());
        assertTrue(!FrequencyPlans.ids().contains("KR_920_923"), "aliases are not listed as plans");
    }

    @Test
    void registryListsEverySubBand() {
        List<String> ids = FrequencyPlans.ids();
        assertEquals(25, ids.size());
        for (int fsb = 1; fsb <= 8; fsb++) {
            assertTrue(ids.contains("US_902_928_FSB_" + fsb));
            assertTrue(ids.contains("AU_915_928_FSB_" + fsb));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"EU868", "US_902_928_FSB_9", "US_902_928", ""})
    void unknownPlanIsRefused(String id) {
        LorawanException e = assertThrows(LorawanException.class, () -> FrequencyPlans.byId(id));
        assertEquals(LorawanException.Reason.UNSUPPORTED, e.reason());
    }

    static Stream<String> planIds() {
        return FrequencyPlans.ids().stream();
    }

    /** Usable IF half-width for the SX1301: 925/1000/1100 kHz radio bandwidth for 125/250/500 kHz channels. */
    private static long allowedIf(int channelBandwidthHz) {
        return switch (channelBandwidthHz) {
            case 125_000 -> 400_000L;
            case 250_000 -> 375_000L;
            case 500_000 -> 300_000L;
            default -> throw new IllegalArgumentException("bandwidth " + channelBandwidthHz);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planIds")
    void everyChannelFitsItsRadio(String id) throws Exception {
        FrequencyPlan plan = FrequencyPlans.byId(id);
        GatewayRadioLayout layout = plan.gatewayLayout();
        assertEquals(plan.uplinkChannels().size(), layout.multiSfChannels().size());
        Stream.concat(layout.multiSfChannels().stream(),
                Stream.concat(layout.loraStandardChannel().stream(), layout.fskChannel().stream()))
                .forEach(c -> {
                    long centre = plan.radioCentersHz().get(c.radio());
                    assertEquals(c.frequencyHz() - centre, c.ifOffsetHz());
                    assertTrue(Math.abs(c.ifOffsetHz()) <= allowedIf(c.bandwidthHz()),
                            c + " outside its radio in " + id);
                });
    }

    /** Fixed-channel plans must pick channels of the band grid, within the channel's DR range. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("planIds")
    void channelsBelongToTheBand(String id) throws Exception {
        FrequencyPlan plan = FrequencyPlans.byId(id);
        Band band = plan.band();
        if (band.cfListType() != CfListType.CHANNEL_MASKS) {
            return;
        }
        Set<Long> grid = band.defaultChannels().stream().map(Channel::frequencyHz).collect(Collectors.toSet());
        for (PlanChannel channel : plan.uplinkChannels()) {
            assertTrue(grid.contains(channel.frequencyHz()), channel + " not in " + band.id());
        }
        assertEquals(band.rx2Default(), plan.rx2());
    }

    @ParameterizedTest(name = "{0} {1} Hz -> radio {2} IF {3}")
    @CsvSource({
        "EU_863_870, 868100000, 1, -400000", "EU_863_870, 868500000, 1, 0", "EU_863_870, 867100000, 0, -400000",
        "EU_863_870, 867900000, 0, 400000", "US_902_928_FSB_2, 903900000, 0, -400000",
        "US_902_928_FSB_2, 905300000, 1, 300000", "AU_915_928_FSB_2, 917400000, 0, 200000",
        "IN_865_867, 865062500, 0, -137500", "IN_865_867, 865985000, 1, -400000",
        "CN_470_510_FSB_11, 487700000, 1, 300000", "KR_920_923_TTN, 923300000, 1, 300000",
    })
    void multiSfIfOffsets(String id, long hz, int radio, long ifHz) throws Exception {
        IfChannel channel = FrequencyPlans.byId(id).gatewayLayout().multiSfChannels().stream()
                .filter(c -> c.frequencyHz() == hz).findFirst().orElseThrow();
        assertEquals(radio, channel.radio());
        assertEquals(ifHz, channel.ifOffsetHz());
        assertEquals(125_000, channel.bandwidthHz());
    }

    @ParameterizedTest(name = "{0} standard channel")
    @CsvSource({
        "EU_863_870, 868300000, 1, -200000, 250000, 7",
        "US_902_928_FSB_1, 903000000, 0, 300000, 500000, 8",
        "US_902_928_FSB_2, 904600000, 0, 300000, 500000, 8",
        "AU_915_928_FSB_2, 917500000, 0, 300000, 500000, 8",
        "AS_920_923, 922100000, 1, 100000, 250000, 7",
        "AS_923_925, 924500000, 1, -100000, 250000, 7",
    })
    void loraStandardChannel(String id, long hz, int radio, long ifHz, int bw, int sf) throws Exception {
        IfChannel channel = FrequencyPlans.byId(id).gatewayLayout().loraStandardChannel().orElseThrow();
        assertEquals(new IfChannel(hz, radio, ifHz, bw, sf, 0), channel);
    }

    @ParameterizedTest(name = "{0} FSK channel")
    @CsvSource({"EU_863_870, 868800000, 1, 300000", "AS_920_923, 921800000, 1, -200000",
        "AS_923_925, 924800000, 1, 200000"})
    void fskChannel(String id, long hz, int radio, long ifHz) throws Exception {
        IfChannel channel = FrequencyPlans.byId(id).gatewayLayout().fskChannel().orElseThrow();
        assertEquals(new IfChannel(hz, radio, ifHz, 125_000, 0, 50_000), channel);
    }

    @ParameterizedTest
    @ValueSource(strings = {"KR_920_923_TTN", "IN_865_867", "CN_470_510_FSB_11", "US_902_928_FSB_3"})
    void plansWithoutFskChannel(String id) throws Exception {
        assertTrue(FrequencyPlans.byId(id).gatewayLayout().fskChannel().isEmpty());
    }
}
