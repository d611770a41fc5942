package io.longwave.it.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Bad input on the Semtech UDP port, as real datagrams: each kind is counted under its reason, the
 * receiver keeps working, and a valid uplink of a registered ABP device sent after (or during) the bad
 * input still becomes an {@code as.up.data.forward} event. Truncated datagrams, wrong protocol versions
 * and unknown identifiers are covered by {@code UdpAdapterIT}, unknown gateways by {@code AbpTrafficIT}.
 */
class BadInputIT extends OneGatewayTest {

    private static final String DROPPED = "gs_udp_dropped_total";
    private static final String DATAGRAMS = "gs_udp_datagrams_total";
    /** The server's default per-gateway rate and burst ({@code lw.gs.udp.gateway-rate}); the IT server keeps it. */
    private static final int GATEWAY_BURST = 5_000;
    /** Sent back to back, so that the receiver sees far more than the burst within a second even on a slow machine. */
    private static final int FLOOD = 40_000;

    private static double dropped(String reason) throws Exception {
        return TestServer.metric(DROPPED, "reason=\"" + reason + "\"");
    }

    private static void awaitDropped(String reason, double expected) throws Exception {
        assertEquals(expected, TestServer.awaitMetric(DROPPED, "reason=\"" + reason + "\"", expected), reason);
    }

    private static String rxpk(byte[] phy, long tmst) {
        return rxpk("\"" + Base64.getEncoder().encodeToString(phy) + "\"", tmst, "868.1");
    }

    private static String rxpk(String data, long tmst, String freq) {
        return "{\"tmst\":" + tmst + ",\"chan\":0,\"rfch\":0,\"freq\":" + freq + ",\"stat\":1,\"modu\":\"LORA\","
                + "\"datr\":\"SF7BW125\",\"codr\":\"4/5\",\"rssi\":-60,\"lsnr\":7.5,\"size\":20,\"data\":" + data + "}";
    }

    private static long tmst() {
        return ThreadLocalRandom.current().nextLong(1L << 31);
    }

    /** Sends a valid uplink of the device through {@code via} and waits for its application event. */
    private static void goodUplinkGetsThrough(TestGateway via, TestDevice dev, String deviceId, byte payload) throws Exception {
        try (EventStream events = new EventStream(token, app)) {
            int t = via.uplink(dev.uplink(false, false, 1, new byte[] {payload}), tmst(), 7.5, -60, "SF7BW125");
            assertTrue(via.awaitAck(0x01, t, 10_000), "PUSH_ACK for the good uplink");
            assertNotNull(upOf(events, deviceId, payload), "the good uplink of " + deviceId + " reaches the application");
        }
    }

    private static JsonObject upOf(EventStream events, String deviceId, byte payload) throws InterruptedException {
        return events.next(e -> e.getString("name").equals("as.up.data.forward")
                && e.getJsonObject("data").getJsonObject("end_device_ids").getString("device_id").equals(deviceId)
                && Base64.getDecoder().decode(e.getJsonObject("data").getJsonObject("uplink_message").getString("frm_payload"))[0]
                        == payload, Duration.ofSeconds(15));
    }

    @Test
    void invalidJsonInPushDataIsCountedAndTheNextUplinkGetsThrough() throws Exception {
        TestDevice dev = Network.abpDevice(token, app, "dev-bad-json", false);
        double badJson = dropped("bad_json");
        double pushes = TestServer.metric(DATAGRAMS, "type=\"push_data\"");
        String deep = "{\"rxpk\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
        String[] bodies = {
                "{\"rxpk\":[{\"tmst\":1,",            // cut off
                "this is not JSON",
                "[{\"rxpk\":[]}]",                    // JSON, but not an object
                deep,                                 // nesting deeper than any parser should follow
        };
        for (String body : bodies) {
            gateway.pushData(body);
        }
        goodUplinkGetsThrough(gateway, dev, "dev-bad-json", (byte) 1);
        awaitDropped("bad_json", badJson + bodies.length);
        assertEquals(pushes + bodies.length + 1, TestServer.awaitMetric(DATAGRAMS, "type=\"push_data\"", pushes + bodies.length + 1),
                "every PUSH_DATA is counted by type, bad or good");
    }

    @Test
    void eachRxpkIsJudgedAloneSoGarbageBesideAGoodFrameCostsOnlyItself() throws Exception {
        TestDevice dev = Network.abpDevice(token, app, "dev-bad-rxpk", false);
        double badRxpk = dropped("bad_rxpk");
        double crc = dropped("crc_failed");
        double undecodable = TestServer.metric("ns_uplink_dropped_total", "reason=\"undecodable\"");
        byte good = 2;
        try (EventStream events = new EventStream(token, app)) {
            String body = "{\"rxpk\":["
                    + rxpk("\"%%% not base64 %%%\"", tmst(), "868.1") + ","          // garbage base64
                    + rxpk("12345", tmst(), "868.1") + ","                           // data is not a string
                    + rxpk("\"QAECAw==\"", tmst(), "1e999999999") + ","              // frequency no radio has
                    + rxpk("\"QAECAw==\"", Long.MAX_VALUE, "868.1").replace("\"datr\":\"SF7BW125\"", "\"datr\":\"SF99BW1\"") + ","
                    + "42,"                                                          // not an object
                    + rxpk(new byte[] {0x40, 0x01, 0x02}, tmst()).replace("\"stat\":1", "\"stat\":-1") + ","
                    + rxpk(new byte[] {0x40, 0x05, 0x06}, tmst()) + ","              // base64 fine, PHYPayload garbage
                    + rxpk(dev.uplink(false, false, 1, new byte[] {good}), tmst())
                    + "]}";
            int t = gateway.pushData(body);
            assertTrue(gateway.awaitAck(0x01, t, 10_000), "PUSH_ACK");
            assertNotNull(upOf(events, "dev-bad-rxpk", good), "the good rxpk of the same PUSH_DATA is delivered");
        }
        awaitDropped("bad_rxpk", badRxpk + 5);
        awaitDropped("crc_failed", crc + 1);
        assertEquals(undecodable + 1, TestServer.awaitMetric("ns_uplink_dropped_total", "reason=\"undecodable\"", undecodable + 1),
                "a frame the Network Server cannot decode is counted there");
    }

    @Test
    void oversizedFramesAreCountedAndTheNextUplinkGetsThrough() throws Exception {
        TestDevice dev = Network.abpDevice(token, app, "dev-oversized", false);
        double oversized = dropped("oversized");
        byte[] justTooLong = new byte[256]; // LoRaWAN's PHYPayload is at most 255 bytes
        justTooLong[0] = 0x40;
        // near the largest UDP payload over IPv4 (65,507 bytes) once base64 and JSON are around it
        byte[] huge = new byte[48_000];
        ThreadLocalRandom.current().nextBytes(huge);
        int t1 = gateway.pushData("{\"rxpk\":[" + rxpk(justTooLong, tmst()) + "]}");
        int t2 = gateway.pushData("{\"rxpk\":[" + rxpk(huge, tmst()) + "]}");
        assertTrue(gateway.awaitAck(0x01, t1, 10_000) && gateway.awaitAck(0x01, t2, 10_000), "PUSH_ACK for both");
        goodUplinkGetsThrough(gateway, dev, "dev-oversized", (byte) 3);
        awaitDropped("oversized", oversized + 2);
    }

    @Test
    void floodingGatewayIsRateLimitedWhileAnotherGatewayGetsThroughAndIsServedAgainAfterwards() throws Exception {
        TestDevice dev = Network.abpDevice(token, app, "dev-flood", false);
        TestDevice quiet = Network.abpDevice(token, app, "dev-beside-flood", false);
        double limited = dropped("rate_limited");
        double pulls = TestServer.metric(DATAGRAMS, "type=\"pull_data\"");
        try (TestGateway flooder = Network.gateway(token); EventStream events = new EventStream(token, app)) {
            Thread flood = new Thread(() -> {
                try {
                    for (int i = 0; i < FLOOD; i++) {
                        flooder.send(0x02, i & 0xFFFF, new byte[0]);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "flood");
            flood.start();
            // the other gateway's uplink goes out while the flood is on the wire
            int t = gateway.uplink(quiet.uplink(false, false, 1, new byte[] {4}), tmst(), 7.5, -60, "SF7BW125");
            flood.join();
            assertTrue(gateway.awaitAck(0x01, t, 15_000), "PUSH_ACK for the other gateway during the flood");
            assertNotNull(upOf(events, "dev-beside-flood", (byte) 4), "the other gateway's uplink gets through during the flood");

            double limitedAfter = TestServer.awaitMetric(DROPPED, "reason=\"rate_limited\"", limited + 1);
            assertTrue(limitedAfter > limited, "the flood is rate limited");
            Thread.sleep(1_500); // the bucket refills in one second at the default rate
            flooder.received.clear();
            goodUplinkGetsThrough(flooder, dev, "dev-flood", (byte) 5);

            // counted after the flood has passed the receiver: the uplink above came after all of it
            double pullDelta = TestServer.metric(DATAGRAMS, "type=\"pull_data\"") - pulls;
            double limitedDelta = dropped("rate_limited") - limited;
            assertTrue(limitedDelta > 0 && limitedDelta < pullDelta, "rate_limited " + limitedDelta + " of " + pullDelta);
            assertTrue(pullDelta - limitedDelta >= GATEWAY_BURST - 100,
                    "the burst passes before limiting starts: " + (pullDelta - limitedDelta) + " passed");
        }
    }
}
