package io.longwave.it.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import io.longwave.it.api.Api;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gateways, an ABP device and an application over real Semtech UDP and HTTPS: dedup across three
 * gateways, decryption and CayenneLPP, replays and bad MICs, confirmed uplinks acknowledged in RX1,
 * pushed downlinks with their events, uplink storage.
 */
class AbpTrafficIT {

    private static String token;
    private static String app;
    private static List<TestGateway> gateways;

    @BeforeAll
    static void register() throws Exception {
        token = Api.admin();
        app = Network.application(token);
        gateways = List.of(Network.gateway(token), Network.gateway(token), Network.gateway(token));
    }

    @AfterAll
    static void close() {
        gateways.forEach(TestGateway::close);
    }

    private static String datr() {
        return "SF7BW125";
    }

    /** Sends one frame through all three gateways, as three radios hearing the same transmission. */
    private static void hearEverywhere(byte[] phy, long tmst) throws Exception {
        for (int i = 0; i < gateways.size(); i++) {
            TestGateway g = gateways.get(i);
            int token = g.uplink(phy, tmst + i * 7, 5.0 + i, -60 - i, datr());
            assertTrue(g.awaitAck(0x01, token, 5_000), "PUSH_ACK from gateway " + i);
        }
    }

    private static JsonObject upOf(EventStream events, String deviceId) throws InterruptedException {
        return events.next(e -> e.getString("name").equals("as.up.data.forward")
                && e.getJsonObject("data").getJsonObject("end_device_ids").getString("device_id").equals(deviceId),
                Duration.ofSeconds(10));
    }

    @Test
    void uplinkHeardByThreeGatewaysIsOneEventWithThreeMetadataEntriesAndIsStored() throws Exception {
        TestDevice dev = Network.abpDevice(token, app, "dev-dedup", false);
        try (EventStream events = new EventStream(token, app)) {
            byte[] lpp = {0x01, 0x67, 0x01, 0x10}; // channel 1 temperature 27.2 °C
            hearEverywhere(dev.uplink(false, false, 1, lpp), 1_000_000);
            JsonObject up = upOf(events, "dev-dedup");
            assertNotNull(up, "uplink event");
            JsonObject msg = up.getJsonObject("data").getJsonObject("uplink_message");
            assertEquals(3, msg.getJsonArray("rx_metadata").size(), "one metadata entry per gateway");
            assertEquals(0, msg.getInt("f_cnt"));
            assertEquals(1, msg.getInt("f_port"));
            assertArrayEquals(lpp, Base64.getDecoder().decode(msg.getString("frm_payload")));
            assertEquals(27.2, msg.getJsonObject("decoded_payload").getJsonNumber("temperature_1").doubleValue(), 1e-9);
            assertFalse(msg.getBoolean("confirmed"));
            assertEquals(868_100_000L, Long.parseLong(msg.getJsonObject("settings").getString("frequency")));
            assertNull(upOf(events, "dev-dedup"), "exactly one event for three copies");
        }
        long deadline = System.currentTimeMillis() + 10_000;
        String stored = "";
        while (System.currentTimeMillis() < deadline && !stored.contains("dev-dedup")) {
            Thread.sleep(300);
            stored = Api.get("/api/v3/as/applications/" + app + "/packages/storage/uplink_message?limit=10", token).body();
        }
        assertTrue(stored.contains("\"device_id\":\"dev-dedup\""), stored);
        assertTrue(stored.startsWith("{\"result\":"), stored);
    }

    @Test
    void replayedCounterAndWrongMicAreDroppedAndCountedWhileGoodTrafficContinues() throws Exception {
        TestDevice dev = Network.abpDevice(token, app, "dev-replay", false);
        double replays = TestServer.metric("ns_uplink_dropped_total", "reason=\"fcnt_replay\"");
        double mics = TestServer.metric("ns_uplink_dropped_total", "reason=\"mic_failed\"");
        try (EventStream events = new EventStream(token, app)) {
            byte[] first = dev.uplink(false, false, 2, new byte[] {1});
            hearEverywhere(first, 2_000_000);
            assertNotNull(upOf(events, "dev-replay"));
            Thread.sleep(3_000); // past the dedup memory (2 s), so the copy is judged by its counter
            hearEverywhere(first, 9_000_000);
            byte[] forged = dev.uplink(false, false, 2, new byte[] {2});
            forged[forged.length - 1] ^= 0x55;
            hearEverywhere(forged, 12_000_000);
            // judged before the next frame: after it, a lower counter would be a gap, not a bad MIC
            assertEquals(mics + 1, TestServer.awaitMetric("ns_uplink_dropped_total", "reason=\"mic_failed\"", mics + 1));
            hearEverywhere(dev.uplink(false, false, 2, new byte[] {3}), 15_000_000);
            JsonObject good = upOf(events, "dev-replay");
            assertNotNull(good, "good traffic after bad");
            assertEquals(2, good.getJsonObject("data").getJsonObject("uplink_message").getInt("f_cnt"));
        }
        assertEquals(replays + 1, TestServer.awaitMetric("ns_uplink_dropped_total", "reason=\"fcnt_replay\"", replays + 1));
        assertEquals(mics + 1, TestServer.awaitMetric("ns_uplink_dropped_total", "reason=\"mic_failed\"", mics + 1));
    }

    @Test
    void confirmedUplinkIsAcknowledgedInRx1OnTheBestGatewayAndPushedDownlinksFollow() throws Exception {
        TestDevice dev = Network.abpDevice(token, app, "dev-confirmed", false);
        try (EventStream events = new EventStream(token, app)) {
            long tmst = 4_294_000_000L; // RX1 is past the 32-bit wrap
            hearEverywhere(dev.uplink(true, false, 3, new byte[] {7}), tmst);
            TestGateway best = gateways.get(2); // highest SNR
            long rx1 = (tmst + 2 * 7 + 1_000_000) & 0xFFFFFFFFL;
            JsonObject txpk = best.awaitTxpk(3_000, t -> t == rx1);
            assertNotNull(txpk, "PULL_RESP on the gateway with the best SNR, for RX1");
            assertEquals((tmst + 2 * 7 + 1_000_000) & 0xFFFFFFFFL, txpk.getJsonNumber("tmst").longValue());
            assertEquals(868.1, txpk.getJsonNumber("freq").doubleValue(), 1e-6);
            assertEquals("SF7BW125", txpk.getString("datr"));
            assertTrue(txpk.getBoolean("ipol"));
            TestDevice.Downlink ack = dev.downlink(Base64.getDecoder().decode(txpk.getString("data")), -1);
            assertTrue(ack.micValid(), "downlink MIC");
            assertTrue(ack.frame().fHdr().fCtrl().ack(), "ACK bit");

            Network.expect(200, Api.post("/api/v3/as/applications/" + app + "/devices/dev-confirmed/down/push", token,
                    Network.json("{\"downlinks\":[{\"f_port\":15,\"frm_payload\":\"AQID\"},{\"f_port\":16,\"frm_payload\":\"BA==\"}]}")));
            assertNotNull(events.next("as.down.data.queued", Duration.ofSeconds(5)));
            assertEquals(2, Api.get("/api/v3/as/applications/" + app + "/devices/dev-confirmed/down", token).json()
                    .getJsonArray("downlinks").size());
            hearEverywhere(dev.uplink(false, false, 3, new byte[] {8}), 100_000_000);
            txpk = best.awaitTxpk(3_000, t -> t == 100_000_014L + 1_000_000);
            assertNotNull(txpk, "downlink for the queued item");
            TestDevice.Downlink data = dev.downlink(Base64.getDecoder().decode(txpk.getString("data")), -1);
            assertTrue(data.micValid());
            assertEquals(15, data.frame().fPort().getAsInt());
            assertArrayEquals(new byte[] {1, 2, 3}, data.payload());
            assertTrue(data.frame().fHdr().fCtrl().fPending(), "FPending: one more is queued");
            assertTrue(data.frame().fHdr().fCnt() > ack.frame().fHdr().fCnt(), "downlink counter increases");
            JsonObject sent = events.next("as.down.data.sent", Duration.ofSeconds(5));
            assertNotNull(sent, "TX_ACK makes the sent event");
            assertEquals(15, sent.getJsonObject("data").getJsonObject("downlink_sent").getInt("f_port"));
        }
    }

    @Test
    void classCDeviceGetsAPushedDownlinkWithoutUplinking() throws Exception {
        TestDevice dev = Network.abpDevice(token, app, "dev-class-c", true);
        hearEverywhere(dev.uplink(false, false, 1, new byte[] {1}), 30_000_000); // the network learns its gateway
        Thread.sleep(1_500);
        gateways.forEach(g -> g.pullResps.clear());
        Network.expect(200, Api.post("/api/v3/as/applications/" + app + "/devices/dev-class-c/down/push", token,
                Network.json("{\"downlinks\":[{\"f_port\":9,\"frm_payload\":\"qg==\"}]}")));
        JsonObject txpk = gateways.get(2).awaitTxpk(3_000, t -> t == -1);
        assertNotNull(txpk, "class C downlink");
        assertTrue(txpk.getBoolean("imme"), "sent at once");
        var rx2 = io.longwave.lorawan.plan.FrequencyPlans.byId(Network.PLAN).rx2TxParameters();
        assertEquals(rx2.freq(), txpk.getJsonNumber("freq").doubleValue(), 1e-6);
        assertEquals(rx2.datr(), txpk.getString("datr"));
        TestDevice.Downlink d = dev.downlink(Base64.getDecoder().decode(txpk.getString("data")), -1);
        assertTrue(d.micValid());
        assertArrayEquals(new byte[] {(byte) 0xAA}, d.payload());
    }

    @Test
    void unknownGatewayIsDroppedAndCounted() throws Exception {
        double before = TestServer.metric("gs_udp_dropped_total", "reason=\"unknown_gateway\"");
        try (TestGateway stranger = new TestGateway(Network.randomHex(16))) {
            int t = stranger.pullData();
            assertFalse(stranger.awaitAck(0x04, t, 1_000), "no PULL_ACK for an unregistered gateway");
        }
        assertEquals(before + 1, TestServer.awaitMetric("gs_udp_dropped_total", "reason=\"unknown_gateway\"", before + 1));
    }
}
