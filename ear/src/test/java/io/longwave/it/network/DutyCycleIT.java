package io.longwave.it.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.api.Api;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Gateway Server's duty cycle over real Semtech UDP. Uplinks at SF12 on 868.9 MHz put RX1 in the
 * EU868 sub-band N (868.7-869.2 MHz, 0.1 %): 3.6 s of airtime per hour, and each SF12 ACK takes more
 * than one second. The gateway with {@code enforce_duty_cycle} answers in RX1 until that budget is
 * spent and then in RX2 (869.525 MHz, sub-band P, 10 %), never in RX1 again within the hour; the
 * gateway without it answers every uplink in RX1.
 */
class DutyCycleIT {

    private static final int UPLINKS = 5;

    /** For each confirmed uplink heard only by {@code gw}: the ACK's delay after the uplink, in µs. */
    private static List<Long> ackDelays(TestGateway gw, TestDevice dev, long base) throws Exception {
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < UPLINKS; i++) {
            long tmst = base + i * 10_000_000L;
            int t = gw.uplink(dev.uplink(true, false, 1, new byte[] {(byte) i}), tmst, 5.0, -70, "SF12BW125", "868.9");
            assertTrue(gw.awaitAck(0x01, t, 5_000), "PUSH_ACK");
            JsonObject txpk = gw.awaitTxpk(4_000, x -> x == tmst + 1_000_000L || x == tmst + 2_000_000L);
            assertNotNull(txpk, "ACK of uplink " + i + " in RX1 or RX2");
            delays.add(txpk.getJsonNumber("tmst").longValue() - tmst);
            Thread.sleep(1_500); // past RX2, so that the next uplink does not overlap this exchange
        }
        return delays;
    }

    @Test
    void enforcingGatewayMovesToRx2OnceTheSubBandBudgetIsSpentTheOtherStaysInRx1() throws Exception {
        String token = Api.admin();
        String app = Network.application(token);
        try (TestGateway enforcing = Network.gateway(token, true); TestGateway free = Network.gateway(token, false)) {
            List<Long> enforced = ackDelays(enforcing, Network.abpDevice(token, app, "duty-on", false), 1_000_000_000L);
            assertEquals(1_000_000L, enforced.get(0), "the first ACK fits the budget: RX1");
            int firstRx2 = enforced.indexOf(2_000_000L);
            assertTrue(firstRx2 > 0, "once 0.1 % of the hour is spent, RX1 is refused and RX2 used: " + enforced);
            for (int i = firstRx2; i < enforced.size(); i++) {
                assertEquals(2_000_000L, enforced.get(i), "no RX1 again within the hour: " + enforced);
            }

            List<Long> unlimited = ackDelays(free, Network.abpDevice(token, app, "duty-off", false), 2_000_000_000L);
            for (long d : unlimited) {
                assertEquals(1_000_000L, d, "enforce_duty_cycle false: every ACK in RX1: " + unlimited);
            }
        }
    }
}
