package io.longwave.it.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import io.longwave.lorawan.crypto.AesKey;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * LoRaWAN 1.1 rejoin-requests end to end over Semtech UDP: a joined device sends type 0, 1 or 2 and
 * gets a join-accept 5 s later on its gateway that opens with JSEncKey and verifies; its old session
 * keeps working until it uses the new one, which then reaches the application. Replayed RJcounts and
 * forged MICs get no answer and are counted; a 1.0 device's rejoin is dropped.
 */
class RejoinIT extends OneGatewayTest {

    private static final long ACCEPT_DELAY_MICROS = 5_000_000L;

    private static void hear(byte[] phy, long tmst) throws Exception {
        int t = gateway.uplink(phy, tmst, 5.0, -70, "SF7BW125");
        assertTrue(gateway.awaitAck(0x01, t, 5_000), "PUSH_ACK");
    }

    /** The join-accept the gateway is told to send 5 s after the request heard at {@code tmst}, as bytes. */
    private static byte[] acceptFor(long tmst) throws Exception {
        JsonObject txpk = gateway.awaitTxpk(7_500, t -> t == tmst + ACCEPT_DELAY_MICROS);
        return txpk == null ? null : Base64.getDecoder().decode(txpk.getString("data"));
    }

    private static TestDevice join(TestDevice.Joiner joiner, long tmst) throws Exception {
        hear(joiner.joinRequest(1), tmst);
        byte[] accept = acceptFor(tmst);
        assertNotNull(accept, "join-accept");
        TestDevice dev = joiner.accept(accept, 1);
        assertNotNull(dev, "join-accept verifies");
        return dev;
    }

    private static JsonObject dataUp(EventStream events, int devAddr, Duration within) throws InterruptedException {
        String addr = String.format("%08X", devAddr);
        return events.next(e -> e.getString("name").equals("as.up.data.forward")
                && addr.equals(e.getJsonObject("data").getJsonObject("end_device_ids").getString("dev_addr", "")), within);
    }

    private static byte[] payload(JsonObject up) {
        return Base64.getDecoder().decode(up.getJsonObject("data").getJsonObject("uplink_message").getString("frm_payload"));
    }

    private static double dropped(String reason) throws Exception {
        return TestServer.metric("ns_uplink_dropped_total", "reason=\"" + reason + "\"");
    }

    private static void awaitDropped(String reason, double expected) throws Exception {
        assertEquals(expected, TestServer.awaitMetric("ns_uplink_dropped_total", "reason=\"" + reason + "\"", expected),
                "ns_uplink_dropped_total{reason=\"" + reason + "\"}");
    }

    private static byte[] forged(byte[] frame) {
        byte[] f = frame.clone();
        f[f.length - 1] ^= 0x5A;
        return f;
    }

    @Test
    void type0GivesNewDevAddrAndKeysOldSessionLastsUntilTheNewOneIsUsedReplaysAndForgeriesAreRefused() throws Exception {
        TestDevice.Joiner joiner = Network.otaaDevice(token, app, "rejoin-0", "MAC_V1_1");
        try (EventStream events = new EventStream(token, app)) {
            TestDevice old = join(joiner, 10_000_000);
            byte[] rejoin = old.rejoin02(0, joiner.devEui(), 0);
            hear(rejoin, 20_000_000);
            byte[] accept = acceptFor(20_000_000);
            assertNotNull(accept, "join-accept for rejoin type 0");
            TestDevice fresh = joiner.acceptRejoin(accept, 0, 0);
            assertNotNull(fresh, "opens with JSEncKey, MIC over RejoinType 0 and RJcount0");
            assertNotEquals(old.devAddr, fresh.devAddr, "type 0 gives a new DevAddr");

            hear(old.uplink(false, false, 5, new byte[] {0x50}), 30_000_000);
            JsonObject up = dataUp(events, old.devAddr, Duration.ofSeconds(5));
            assertNotNull(up, "the old session works until the device uses the new one");
            assertArrayEquals(new byte[] {0x50}, payload(up));

            double replays = dropped("rejoin_count_replay");
            double mics = dropped("mic_failed");
            hear(rejoin, 40_000_000);
            hear(forged(old.rejoin02(0, joiner.devEui(), 1)), 41_000_000);
            assertNull(gateway.awaitTxpk(6_500, t -> t >= 40_000_000L && t < 50_000_000L),
                    "no join-accept for a replayed RJcount0 or a forged rejoin");
            awaitDropped("rejoin_count_replay", replays + 1);
            awaitDropped("mic_failed", mics + 1);

            hear(fresh.uplink(false, false, 5, new byte[] {0x51}), 50_000_000);
            JsonObject joined = events.next("as.up.join.forward", Duration.ofSeconds(5));
            assertNotNull(joined, "the new session starts when the device uses it");
            assertEquals(String.format("%08X", fresh.devAddr),
                    joined.getJsonObject("data").getJsonObject("end_device_ids").getString("dev_addr"));
            up = dataUp(events, fresh.devAddr, Duration.ofSeconds(5));
            assertNotNull(up, "uplink of the new session reaches the application");
            assertArrayEquals(new byte[] {0x51}, payload(up), "decrypted with the new AppSKey");

            hear(old.uplink(false, false, 5, new byte[] {0x52}), 60_000_000);
            assertNull(dataUp(events, old.devAddr, Duration.ofSeconds(3)), "the old session ended with the switch");
        }
    }

    @Test
    void type2RekeysAndKeepsTheDevAddr() throws Exception {
        TestDevice.Joiner joiner = Network.otaaDevice(token, app, "rejoin-2", "MAC_V1_1");
        try (EventStream events = new EventStream(token, app)) {
            TestDevice old = join(joiner, 110_000_000);
            hear(old.rejoin02(2, joiner.devEui(), 7), 120_000_000);
            byte[] accept = acceptFor(120_000_000);
            assertNotNull(accept, "join-accept for rejoin type 2");
            TestDevice fresh = joiner.acceptRejoin(accept, 2, 7);
            assertNotNull(fresh, "MIC over RejoinType 2 and RJcount0");
            assertEquals(old.devAddr, fresh.devAddr, "type 2 keeps the DevAddr");
            assertNotEquals(old.sNwkSIntKey.toHex(), fresh.sNwkSIntKey.toHex(), "and changes the keys");

            hear(fresh.uplink(false, false, 5, new byte[] {0x61}), 130_000_000);
            JsonObject up = dataUp(events, fresh.devAddr, Duration.ofSeconds(5));
            assertNotNull(up, "uplink of the rekeyed session reaches the application");
            assertArrayEquals(new byte[] {0x61}, payload(up));

            // RJcount0 starts again in the new session
            hear(fresh.rejoin02(2, joiner.devEui(), 0), 140_000_000);
            accept = acceptFor(140_000_000);
            assertNotNull(accept, "RJcount0 0 again in the new session");
            assertNotNull(joiner.acceptRejoin(accept, 2, 0));
        }
    }

    @Test
    void type1IsAnsweredByTheJoinServerWithRjCount1Checked() throws Exception {
        TestDevice.Joiner joiner = Network.otaaDevice(token, app, "rejoin-1", "MAC_V1_1");
        try (EventStream events = new EventStream(token, app)) {
            TestDevice old = join(joiner, 210_000_000);
            byte[] rejoin = joiner.rejoin1(3);
            hear(rejoin, 220_000_000);
            byte[] accept = acceptFor(220_000_000);
            assertNotNull(accept, "join-accept for rejoin type 1");
            TestDevice fresh = joiner.acceptRejoin(accept, 1, 3);
            assertNotNull(fresh, "MIC over RejoinType 1 and RJcount1");
            assertNotEquals(old.devAddr, fresh.devAddr);

            hear(fresh.uplink(false, false, 5, new byte[] {0x71}), 230_000_000);
            JsonObject up = dataUp(events, fresh.devAddr, Duration.ofSeconds(5));
            assertNotNull(up, "uplink of the new session reaches the application");
            assertArrayEquals(new byte[] {0x71}, payload(up));

            double replays = dropped("rejoin_count_replay");
            double mics = dropped("mic_failed");
            hear(rejoin, 240_000_000);
            hear(joiner.rejoin1(2), 241_000_000);
            hear(forged(joiner.rejoin1(4)), 242_000_000);
            assertNull(gateway.awaitTxpk(6_500, t -> t >= 240_000_000L && t < 250_000_000L),
                    "no join-accept for RJcount1 not above 3 or a forged rejoin");
            awaitDropped("rejoin_count_replay", replays + 2);
            awaitDropped("mic_failed", mics + 1);

            // the refusals changed nothing: RJcount1 4 is still accepted
            hear(joiner.rejoin1(4), 250_000_000);
            accept = acceptFor(250_000_000);
            assertNotNull(accept, "RJcount1 4 after the refusals");
            assertNotNull(joiner.acceptRejoin(accept, 1, 4));
        }
    }

    @Test
    void rejoinOfALorawan10DeviceOrAnUnknownOneIsDroppedAndCounted() throws Exception {
        TestDevice.Joiner joiner = Network.otaaDevice(token, app, "rejoin-10", "MAC_V1_0_3");
        TestDevice v10 = join(joiner, 310_000_000);
        double unsupported = dropped("rejoin_unsupported");
        double unknown = dropped("unknown_device");
        hear(v10.rejoin02(0, joiner.devEui(), 0), 320_000_000);
        hear(joiner.rejoin1(0), 321_000_000);
        TestDevice.Joiner stranger = new TestDevice.Joiner(joiner.joinEui() + 1, joiner.devEui() + 1,
                AesKey.fromHex(Network.randomHex(32)), AesKey.fromHex(Network.randomHex(32)), true);
        hear(stranger.rejoin1(0), 322_000_000);
        assertNull(gateway.awaitTxpk(6_500, t -> t >= 320_000_000L && t < 330_000_000L), "no join-accept");
        awaitDropped("rejoin_unsupported", unsupported + 2);
        awaitDropped("unknown_device", unknown + 1);
    }
}
