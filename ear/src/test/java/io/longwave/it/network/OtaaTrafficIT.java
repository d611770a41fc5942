package io.longwave.it.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import io.longwave.it.api.Api;
import io.longwave.lorawan.crypto.AesKey;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OTAA end to end for a LoRaWAN 1.0.3 and a 1.1 device: join (RX1 at 5 s), a replayed DevNonce and a
 * forged join-request refused with nothing stored, confirmed and unconfirmed uplinks, a pushed
 * confirmed downlink and its acknowledgement.
 */
class OtaaTrafficIT {

    private static String token;
    private static String app;
    private static List<TestGateway> gateways;

    @BeforeAll
    static void register() throws Exception {
        token = Api.admin();
        app = Network.application(token);
        gateways = List.of(Network.gateway(token), Network.gateway(token));
    }

    @AfterAll
    static void close() {
        gateways.forEach(TestGateway::close);
    }

    private static void hear(byte[] phy, long tmst) throws Exception {
        for (int i = 0; i < gateways.size(); i++) {
            int t = gateways.get(i).uplink(phy, tmst + i, 3.0 + i, -70, "SF7BW125");
            assertTrue(gateways.get(i).awaitAck(0x01, t, 5_000), "PUSH_ACK");
        }
    }

    private static TestDevice.Joiner register(String deviceId, String version) throws Exception {
        boolean v11 = version.equals("MAC_V1_1");
        String devEui = Network.randomHex(16);
        String joinEui = Network.randomHex(16);
        String appKey = Network.randomHex(32);
        String nwkKey = Network.randomHex(32);
        String ids = "\"ids\":{\"device_id\":\"" + deviceId + "\",\"application_ids\":{\"application_id\":\"" + app
                + "\"},\"dev_eui\":\"" + devEui + "\",\"join_eui\":\"" + joinEui + "\"}";
        Network.expect(200, Api.put("/api/v3/ns/applications/" + app + "/devices/" + deviceId, token, Network.json(
                "{\"end_device\":{" + ids + ",\"lorawan_version\":\"" + version + "\",\"lorawan_phy_version\":\"PHY_V1_0_3_REV_A\","
                        + "\"frequency_plan_id\":\"" + Network.PLAN + "\",\"supports_join\":true}}")));
        Network.expect(200, Api.put("/api/v3/js/applications/" + app + "/devices/" + deviceId, token, Network.json(
                "{\"end_device\":{" + ids + ",\"root_keys\":{\"app_key\":{\"key\":\"" + appKey + "\"}"
                        + (v11 ? ",\"nwk_key\":{\"key\":\"" + nwkKey + "\"}" : "") + "}}}")));
        Network.expect(200, Api.put("/api/v3/as/applications/" + app + "/devices/" + deviceId, token,
                Network.json("{\"end_device\":{" + ids + "}}")));
        return new TestDevice.Joiner(Long.parseUnsignedLong(joinEui, 16), Long.parseUnsignedLong(devEui, 16),
                AesKey.fromHex(appKey), AesKey.fromHex(nwkKey), v11);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAC_V1_0_3", "MAC_V1_1"})
    void joinsSendsUplinksAndReceivesConfirmedDownlinks(String version) throws Exception {
        String deviceId = "otaa-" + version.toLowerCase().replace("_", "-");
        TestDevice.Joiner joiner = register(deviceId, version);
        double replays = TestServer.metric("ns_uplink_dropped_total", "reason=\"dev_nonce_replay\"");
        double mics = TestServer.metric("ns_uplink_dropped_total", "reason=\"mic_failed\"");
        try (EventStream events = new EventStream(token, app)) {
            byte[] request = joiner.joinRequest(1);
            hear(request, 50_000_000);
            JsonObject join = events.next("as.up.join.forward", Duration.ofSeconds(10));
            assertNotNull(join, "join event");
            TestGateway best = gateways.get(1);
            JsonObject txpk = best.awaitTxpk(7_000, t -> t >= 50_000_000L && t < 60_000_000L);
            assertNotNull(txpk, "join-accept");
            assertEquals(50_000_001L + 5_000_000L, txpk.getJsonNumber("tmst").longValue(), "RX1 5 s after the join-request");
            TestDevice dev = joiner.accept(Base64.getDecoder().decode(txpk.getString("data")), 1);
            assertNotNull(dev, "join-accept MIC verifies on the device");
            assertEquals(join.getJsonObject("data").getJsonObject("end_device_ids").getString("dev_addr"),
                    String.format("%08X", dev.devAddr));

            Thread.sleep(3_000); // past the dedup memory (2 s): the replay is judged by the Join Server
            hear(request, 80_000_000);
            byte[] forged = joiner.joinRequest(2);
            forged[forged.length - 2] ^= 0x11;
            hear(forged, 81_000_000);
            assertNull(best.awaitTxpk(6_500, t -> t >= 80_000_000L && t < 90_000_000L),
                    "no join-accept for a replayed or forged join-request");
            assertEquals(replays + 1, TestServer.awaitMetric("ns_uplink_dropped_total", "reason=\"dev_nonce_replay\"", replays + 1));
            assertEquals(mics + 1, TestServer.awaitMetric("ns_uplink_dropped_total", "reason=\"mic_failed\"", mics + 1));

            hear(dev.uplink(true, false, 5, new byte[] {0x42}), 100_000_000);
            JsonObject up = events.next("as.up.data.forward", Duration.ofSeconds(5));
            assertNotNull(up, "uplink after the join, with the session of the join-accept");
            assertArrayEquals(new byte[] {0x42}, Base64.getDecoder().decode(
                    up.getJsonObject("data").getJsonObject("uplink_message").getString("frm_payload")));
            txpk = best.awaitTxpk(3_000, t -> t == 101_000_001L);
            assertNotNull(txpk, "ACK of the confirmed uplink");
            TestDevice.Downlink ack = dev.downlink(Base64.getDecoder().decode(txpk.getString("data")), 0);
            assertTrue(ack.micValid(), "ACK MIC");
            assertTrue(ack.frame().fHdr().fCtrl().ack());

            Network.expect(200, Api.post("/api/v3/as/applications/" + app + "/devices/" + deviceId + "/down/push", token,
                    Network.json("{\"downlinks\":[{\"f_port\":7,\"frm_payload\":\"CQ==\",\"confirmed\":true}]}")));
            hear(dev.uplink(false, false, 5, new byte[] {0x43}), 110_000_000);
            txpk = best.awaitTxpk(3_000, t -> t == 111_000_001L);
            assertNotNull(txpk, "confirmed downlink");
            TestDevice.Downlink down = dev.downlink(Base64.getDecoder().decode(txpk.getString("data")), -1);
            assertTrue(down.micValid());
            assertArrayEquals(new byte[] {9}, down.payload());
            assertNotNull(events.next("as.down.data.sent", Duration.ofSeconds(5)));
            hear(dev.uplink(false, true, 5, new byte[] {0x44}), 120_000_000);
            assertNotNull(events.next("as.down.data.ack", Duration.ofSeconds(5)), "the device's ACK acknowledges it");
        }
    }
}
