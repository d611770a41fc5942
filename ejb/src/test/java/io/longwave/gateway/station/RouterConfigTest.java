package io.longwave.gateway.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.plan.FrequencyPlans;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouterConfigTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // plan             | region  | min       | max       | DR0       | DR last defined   | radio_0   | multiSF_0 radio/if | std channel
            "EU_863_870_TTN     | EU863   | 863000000 | 870000000 | [12,125,0] | 7:[0,0,0]        | 867500000 | 1 / -400000        | true",
            "US_902_928_FSB_2   | US902   | 902000000 | 928000000 | [10,125,0] | 13:[7,500,1]     | 904300000 | 0 / -400000        | true",
            "AU_915_928_FSB_2   | AU915   | 915000000 | 928000000 | [12,125,0] | 13:[7,500,1]     | 917200000 | 0 / -400000        | true",
            "AS_923_925         | AS923-1 | 915000000 | 928000000 | [12,125,0] | 7:[0,0,0]        | 923600000 | 0 / -400000        | true",
            "KR_920_923         | KR920   | 920900000 | 923300000 | [12,125,0] | 5:[7,125,0]      | 922400000 | 0 / -300000        | false",
    })
    void followsThePlan(String planId, String region, long min, long max, String dr0, String last, long radio0,
                        String multiSf0, boolean std) throws Exception {
        JsonObject c = RouterConfig.build(FrequencyPlans.byId(planId), List.of(), List.of(), false, 1.5e9);
        assertEquals("router_config", c.getString("msgtype"));
        assertEquals(region, c.getString("region"));
        assertEquals("sx1301/1", c.getString("hwspec"));
        assertEquals(JsonValue.NULL, c.get("NetID"));
        assertEquals(JsonValue.NULL, c.get("JoinEui"));
        assertEquals(min, c.getJsonArray("freq_range").getJsonNumber(0).longValue());
        assertEquals(max, c.getJsonArray("freq_range").getJsonNumber(1).longValue());
        JsonArray drs = c.getJsonArray("DRs");
        assertEquals(16, drs.size());
        assertEquals(dr0, drs.get(0).toString());
        String[] l = last.split(":");
        assertEquals(l[1], drs.get(Integer.parseInt(l[0])).toString());
        assertEquals("[-1,0,0]", drs.get(15).toString(), "DR15 is never defined");
        JsonObject board = c.getJsonArray("sx1301_conf").getJsonObject(0);
        assertEquals(radio0, board.getJsonObject("radio_0").getJsonNumber("freq").longValue());
        assertTrue(board.getJsonObject("radio_0").getBoolean("tx_enable"));
        String[] ms = multiSf0.split(" / ");
        assertEquals(Integer.parseInt(ms[0]), board.getJsonObject("chan_multiSF_0").getInt("radio"));
        assertEquals(Long.parseLong(ms[1]), board.getJsonObject("chan_multiSF_0").getJsonNumber("if").longValue());
        assertEquals(std, board.getJsonObject("chan_Lora_std").getBoolean("enable"));
        for (int i = 0; i < 8; i++) {
            assertTrue(board.containsKey("chan_multiSF_" + i));
        }
        assertEquals(FrequencyPlans.byId(planId).maxEirpDbm(), c.getJsonNumber("max_eirp").doubleValue());
        assertEquals(1.5e9, c.getJsonNumber("MuxTime").doubleValue());
        assertFalse(c.containsKey("nodc"));
    }

    @Test
    void noDutyCycleAndFilters() throws Exception {
        JsonObject c = RouterConfig.build(FrequencyPlans.byId("EU_863_870"), List.of(0x13L),
                List.of(new long[] {1, 2}), true, 1.5e9);
        assertTrue(c.getBoolean("nodc"));
        assertEquals("[19]", c.get("NetID").toString());
        assertEquals("[[1,2]]", c.get("JoinEui").toString());
        JsonObject board = c.getJsonArray("sx1301_conf").getJsonObject(0);
        assertEquals("{\"enable\":true,\"radio\":1,\"if\":300000,\"datarate\":50000}", board.get("chan_FSK").toString());
        assertEquals("{\"enable\":true,\"radio\":1,\"if\":-200000,\"bandwidth\":250000,\"spread_factor\":7}",
                board.get("chan_Lora_std").toString());
    }

    @Test
    void configuredFiltersAreParsed() {
        assertEquals(List.of(0x13L, 0x600013L), StationTraffic.netIds(Optional.of("000013, 600013")));
        assertEquals(List.of(), StationTraffic.netIds(Optional.empty()));
        long[] r = StationTraffic.joinEuiRanges(Optional.of("70B3D57ED0000000-FFFFFFFFFFFFFFFF")).get(0);
        assertEquals(0x70B3D57ED0000000L, r[0]);
        assertEquals(-1L, r[1]);
    }
}
