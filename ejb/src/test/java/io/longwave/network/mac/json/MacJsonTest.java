package io.longwave.network.mac.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.mac.DevStatusAns;
import io.longwave.lorawan.mac.ForceRejoinReq;
import io.longwave.lorawan.mac.LinkCheckReq;
import io.longwave.lorawan.plan.FrequencyPlans;
import io.longwave.lorawan.region.Bands;
import io.longwave.network.mac.TestStates;
import io.longwave.network.mac.LorawanVersion;
import io.longwave.network.mac.MacContext;
import io.longwave.network.mac.MacEngine;
import io.longwave.network.mac.MacSettings;
import io.longwave.network.mac.MacState;
import io.longwave.network.mac.UplinkInfo;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MacJsonTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void stateRoundTripsWithPendingHistoryStatusAndQueue() throws LorawanException {
        var plan = FrequencyPlans.byId("EU_863_870_TTN");
        MacSettings settings = MacSettings.builder().statusCountPeriodicity(2).build();
        MacContext ctx = new MacContext(Bands.byId(plan.bandId()), plan, LorawanVersion.V1_1, settings, T0);
        MacEngine engine = new MacEngine();
        MacState s = MacState.initial(ctx);
        for (int f = 1; f <= 3; f++) {
            var up = new UplinkInfo(f, 0, 868_100_000L, true, false, false, 3.25, -100, 2, T0.plusSeconds(f));
            s = engine.onUplink(ctx, s, f == 3 ? List.of(new DevStatusAns(100, -4), new LinkCheckReq()) : List.of(),
                    up).newState();
        }
        s = engine.forceRejoin(s, 1, 2, 2, 3);
        s = TestStates.classC(s);
        assertTrue(!s.pending().isEmpty() && !s.adrHistory().isEmpty() && s.lastDevStatus().isPresent());
        String text = MacStateJson.encode(s);
        assertEquals(s, MacStateJson.decode(text));
        assertEquals(text, MacStateJson.encode(MacStateJson.decode(text)));
        assertEquals(new ForceRejoinReq(1, 2, 2, 3), MacStateJson.decode(text).queued().get(0));
    }

    @Test
    void desiredParametersEqualToCurrentAreLeftOutAndReadBackAsCurrent() throws LorawanException {
        var plan = FrequencyPlans.byId("EU_863_870_TTN");
        MacContext ctx = new MacContext(Bands.byId(plan.bandId()), plan, LorawanVersion.V1_0_3,
                MacSettings.builder().build(), T0);
        MacState initial = MacState.initial(ctx);
        MacState converged = initial.withDesired(initial.current());
        String text = MacStateJson.encode(converged);
        assertTrue(!text.contains("\"des\""), text);
        assertEquals(converged, MacStateJson.decode(text));
        // a fresh EU868 session boots on 3 channels and wants the plan's 8: both are written
        assertTrue(MacStateJson.encode(initial).contains("\"des\""));
        assertEquals(initial, MacStateJson.decode(MacStateJson.encode(initial)));
    }

    @Test
    void settingsFromTtsJsonPlainAndWrapped() {
        JsonObject o = read("""
                {"adr_margin": 10, "use_adr": {"value": false},
                 "desired_rx1_delay": {"value": "RX_DELAY_5"},
                 "desired_rx1_data_rate_offset": {"value": "DATA_RATE_OFFSET_2"},
                 "desired_rx2_data_rate_index": {"value": "DATA_RATE_3"},
                 "desired_rx2_frequency": {"value": "869525000"},
                 "desired_max_duty_cycle": {"value": "DUTY_CYCLE_1024"},
                 "status_count_periodicity": 50, "status_time_periodicity": "3600s",
                 "supports_32_bit_f_cnt": false, "rx1_delay": {"value": 1},
                 "factory_preset_frequencies": ["868100000", 868300000],
                 "desired_adr_ack_limit_exponent": {"value": "ADR_ACK_LIMIT_128"},
                 "desired_adr_ack_delay_exponent": {"value": 4},
                 "ping_slot_periodicity": {"value": "PING_EVERY_8S"},
                 "desired_max_eirp": {"value": "DEVICE_EIRP_16"},
                 "desired_uplink_dwell_time": {"value": true},
                 "desired_rejoin_count_periodicity": {"value": "REJOIN_COUNT_64"}}
                """);
        MacSettings s = MacSettingsJson.fromJson(o);
        assertEquals(10.0, s.adrMargin());
        assertEquals(false, s.useAdr());
        assertEquals(5, s.desiredRx1Delay());
        assertEquals(2, s.desiredRx1DataRateOffset());
        assertEquals(3, s.desiredRx2DataRateIndex());
        assertEquals(869_525_000L, s.desiredRx2Frequency());
        assertEquals(10, s.desiredMaxDutyCycle());
        assertEquals(50, s.statusCountPeriodicity());
        assertEquals(Duration.ofHours(1), s.statusTimePeriodicity());
        assertEquals(false, s.supports32BitFCnt());
        assertEquals(1, s.rx1Delay());
        assertEquals(List.of(868_100_000L, 868_300_000L), s.factoryPresetFrequencies());
        assertEquals(7, s.desiredAdrAckLimitExponent());
        assertEquals(4, s.desiredAdrAckDelayExponent());
        assertEquals(3, s.pingSlotPeriodicity());
        assertEquals(5, s.desiredMaxEirp());
        assertEquals(true, s.desiredUplinkDwellTime());
        assertEquals(2, s.desiredRejoinCountExponent());
        assertNull(s.desiredRejoinTimeExponent());
        assertEquals(s, MacSettingsJson.fromJson(MacSettingsJson.toJson(s)));
    }

    @Test
    void settingsDefaults() {
        MacSettings s = MacSettingsJson.fromJson(read("{}"));
        assertEquals(MacSettings.defaults(), s);
        assertEquals(15.0, s.adrMargin());
        assertTrue(s.useAdr());
        assertEquals(200, s.statusCountPeriodicity());
        assertEquals(Duration.ofHours(24), s.statusTimePeriodicity());
        assertEquals(s, MacSettingsJson.fromJson(MacSettingsJson.toJson(s)));
    }

    private static JsonObject read(String text) {
        try (var r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }
}
