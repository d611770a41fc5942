package io.longwave.gateway.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.plan.FrequencyPlan;
import io.longwave.lorawan.plan.FrequencyPlans;
import io.longwave.lorawan.region.SubBand;
import io.longwave.network.RxMetadata;
import io.longwave.network.UplinkSettings;
import io.longwave.network.downlink.TxPlanner;
import io.longwave.network.downlink.TxWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two EU868 gateways answer a device's SF12 uplink (one a second) with a 64-byte class A downlink,
 * RX1 (868.1 MHz, sub-band M, 1 %) preferred over RX2 (869.525 MHz SF9, sub-band P, 10 %), over the
 * one-hour window. The gateway that enforces the duty cycle moves to RX2 once RX1's 36 s are spent and
 * refuses once RX2's 360 s are spent too, until the window slides; the one that does not always uses RX1.
 */
class DutyCycleScenarioTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long HOUR = 3_600 * SECOND;
    private static final int LENGTH = 64;

    private final FrequencyPlan plan = FrequencyPlans.byId("EU_863_870_TTN");
    private final DutyCycleLedger ledger = new DutyCycleLedger(HOUR);

    DutyCycleScenarioTest() throws Exception {
    }

    private SubBand subBand(long hz) throws Exception {
        return plan.band().subBands().stream().filter(b -> b.contains(hz)).findFirst().orElseThrow();
    }

    private List<TxWindow> windows(String eui, long uplinkNanos) throws Exception {
        RxMetadata md = new RxMetadata("gw-" + eui, eui, uplinkNanos / 1_000 & 0xFFFF_FFFFL, Instant.EPOCH, -100, -5, 0, 0,
                "udp", Instant.EPOCH);
        UplinkSettings up = new UplinkSettings(868_100_000L, 0, 12, 125_000, "4/5");
        return List.of(TxPlanner.rx1(plan.id(), md, up, 0, 1, uplinkNanos), TxPlanner.rx2(plan.id(), md, 1, uplinkNanos));
    }

    private int offer(String eui, boolean enforce, long uplinkNanos) throws Exception {
        List<DutyCycleLedger.Candidate> candidates = new ArrayList<>();
        for (TxWindow w : windows(eui, uplinkNanos)) {
            candidates.add(new DutyCycleLedger.Candidate(w.frequencyHz(),
                    new Emission(w.atNanos(), DownlinkAirtime.nanos(w.datr(), w.codr(), LENGTH))));
        }
        return ledger.reserveFirst(eui, enforce, plan.band().subBands(), candidates);
    }

    @Test
    void enforcingGatewayFallsBackToRx2ThenRefusesWhileTheOtherKeepsTransmitting() throws Exception {
        List<TxWindow> sample = windows("X", 0);
        long rx1Airtime = DownlinkAirtime.nanos(sample.get(0).datr(), sample.get(0).codr(), LENGTH);
        long rx2Airtime = DownlinkAirtime.nanos(sample.get(1).datr(), sample.get(1).codr(), LENGTH);
        SubBand m = subBand(sample.get(0).frequencyHz());
        SubBand p = subBand(sample.get(1).frequencyHz());
        assertEquals(0.01, m.dutyCycle());
        assertEquals(0.1, p.dutyCycle());

        int rx1 = 0;
        int rx2 = 0;
        int refused = 0;
        int previous = 0;
        long t = 0;
        for (; t < 1_500 * SECOND; t += SECOND) {
            int chosen = offer("ENFORCING", true, t);
            assertTrue(chosen >= previous || chosen == -1 && previous >= 0, "RX1, then RX2, then nothing: " + chosen);
            if (chosen == 0) {
                rx1++;
            } else if (chosen == 1) {
                if (rx2 == 0) {
                    long now = t + 10 * SECOND;
                    assertTrue(ledger.used("ENFORCING", m, now) + rx1Airtime > 0.01 * HOUR,
                            "RX1 is left only when it has no room for one more downlink");
                }
                rx2++;
            } else {
                if (refused == 0) {
                    long now = t + 10 * SECOND;
                    assertTrue(ledger.used("ENFORCING", p, now) + rx2Airtime > 0.1 * HOUR, "RX2 budget spent");
                    assertTrue(ledger.used("ENFORCING", m, now) <= 0.01 * HOUR, "RX1 never over 1 %");
                }
                refused++;
            }
            previous = chosen == -1 ? previous : chosen;
            assertEquals(0, offer("FREE", false, t), "enforce_duty_cycle off: always RX1");
        }
        assertTrue(rx1 > 0 && rx2 > 0 && refused > 0, "rx1=" + rx1 + " rx2=" + rx2 + " refused=" + refused);
        assertEquals(0.01 * HOUR / rx1Airtime, rx1, 1.0, "RX1 downlinks fill 1 % of the hour");
        assertEquals(0.1 * HOUR / rx2Airtime, rx2, 1.0, "RX2 downlinks fill 10 % of the hour");
        assertEquals(0, ledger.used("FREE", m, t), "nothing is counted for a gateway that does not enforce");

        assertEquals(-1, offer("ENFORCING", true, t), "still refused within the hour");
        assertEquals(0, offer("ENFORCING", true, HOUR + 2 * SECOND), "RX1 again once the first downlinks left the window");
    }
}
