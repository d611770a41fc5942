package io.longwave.join.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.longwave.lorawan.frame.ChannelMaskCfList;
import io.longwave.lorawan.frame.FrequencyCfList;
import io.longwave.lorawan.frame.PhyPayloadDecoder;
import io.longwave.lorawan.plan.FrequencyPlans;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CFLists of the built-in frequency plans, read back with the frame decoder. */
class JoinCfListBuilderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Type 0: the plan's channels beyond the band's defaults, first five only; 0 = unused slot.
            "EU_863_870         | 867100000 867300000 867500000 867700000 867900000",
            "EU_863_870_TTN     | 867100000 867300000 867500000 867700000 867900000",
            "AS_920_923         | 922200000 922400000 922600000 922800000 923000000",
            "KR_920_923_TTN     | 922700000 922900000 923100000 923300000 0",
            "EU_863_870_ROAMING_DRAFT | 867100000 867300000 867900000 0 0"
    })
    void frequencies(String planId, String expected) throws Exception {
        byte[] cf = CfListBuilder.forPlan(FrequencyPlans.byId(planId));
        FrequencyCfList list = (FrequencyCfList) PhyPayloadDecoder.decodeCfList(cf);
        assertEquals(expected, list.frequenciesHz().stream().map(String::valueOf).collect(Collectors.joining(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Type 1: the plan's eight 125 kHz channels and its 500 kHz channel; masks of channels 0..79.
            "US_902_928_FSB_1   | 00FF 0000 0000 0000 0001",
            "US_902_928_FSB_2   | FF00 0000 0000 0000 0002",
            "AU_915_928_FSB_8   | 0000 0000 0000 FF00 0080"
    })
    void channelMasks(String planId, String expected) throws Exception {
        byte[] cf = CfListBuilder.forPlan(FrequencyPlans.byId(planId));
        ChannelMaskCfList list = (ChannelMaskCfList) PhyPayloadDecoder.decodeCfList(cf);
        List<Integer> masks = Arrays.stream(expected.split(" ")).map(h -> Integer.parseInt(h, 16)).toList();
        assertEquals(masks, list.chMasks());
    }

    /** CN470 has 96 channels, so its CFList carries a sixth ChMask where other bands have RFU bytes. */
    @Test
    void cn470SendsSixMasks() throws Exception {
        byte[] cf = CfListBuilder.forPlan(FrequencyPlans.byId("CN_470_510_FSB_11"));
        assertEquals("00000000000000000000FF0000000001", HexFormat.of().withUpperCase().formatHex(cf));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"IN_865_867"})
    void noCfListWhenThePlanUsesOnlyDefaultChannels(String planId) throws Exception {
        assertNull(CfListBuilder.forPlan(FrequencyPlans.byId(planId)));
    }

    @ParameterizedTest(name = "{0}: {1} extra")
    @CsvSource({"EU_863_870, 5", "AS_920_923, 6", "IN_865_867, 0"})
    void extraFrequencies(String planId, int count) throws Exception {
        assertEquals(count, CfListBuilder.extraUplinkFrequencies(FrequencyPlans.byId(planId)).size());
    }
}
