package io.longwave.it.station;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import io.longwave.it.api.Api;
import io.longwave.it.network.EventStream;
import io.longwave.it.network.Network;
import io.longwave.it.network.TestDevice;
import io.longwave.it.network.TestGateway;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/**
 * A Basics Station end to end on {@code /traffic/<EUI>}, over ws and over wss with a gateway key: discovery,
 * {@code router_config} from the frequency plan, an OTAA join (join-accept dnmsg in RX1 with the jreq's xtime
 * and RxDelay 5), uplinks reaching the event stream, the ACK and a confirmed downlink in RX1, {@code dntxed}
 * producing {@code as.down.data.sent}, connection state and round trip in the connection API, a class C
 * downlink, {@code timesync}, a wrong key refused, and one uplink heard by a UDP and a Basics Station gateway.
 */
class StationTrafficIT {

    /** Above 2^53, so that a double anywhere on the way would change it. */
    private static final long XTIME_BASE = 0x00A0_0000_0000_0000L;
    private static final long RX2_FREQ = 869_525_000L;

    private static String token;
    private static String app;

    @BeforeAll
    static void register() {
        token = Api.admin();
        app = Network.application(token);
    }

    private static Predicate<JsonObject> of(String name, String deviceId) {
        return e -> name.equals(e.getString("name"))
                && deviceId.equals(e.getJsonObject("data").getJsonObject("end_device_ids").getString("device_id"));
    }

    private static Predicate<JsonObject> withXtime(long xtime) {
        return m -> m.containsKey("xtime") && m.getJsonNumber("xtime").longValueExact() == xtime;
    }

    private static String dashes(long eui) {
        return String.join("-", String.format("%016X", eui).split("(?<=\\G..)"));
    }

    static void assertRouterConfig(JsonObject rc, boolean nodc) {
        assertEquals("EU863", rc.getString("region"), rc.toString());
        assertEquals("sx1301/1", rc.getString("hwspec"));
        assertEquals("[863000000,870000000]", rc.get("freq_range").toString());
        JsonArray drs = rc.getJsonArray("DRs");
        assertEquals(16, drs.size());
        assertEquals("[12,125,0]", drs.get(0).toString());
        assertEquals("[7,250,0]", drs.get(6).toString());
        JsonObject board = rc.getJsonArray("sx1301_conf").getJsonObject(0);
        assertEquals(867_500_000L, board.getJsonObject("radio_0").getJsonNumber("freq").longValue());
        assertEquals(868_500_000L, board.getJsonObject("radio_1").getJsonNumber("freq").longValue());
        for (int i = 0; i < 8; i++) {
            assertTrue(board.getJsonObject("chan_multiSF_" + i).getBoolean("enable"));
        }
        assertTrue(rc.getJsonNumber("MuxTime").doubleValue() > 1.6e9);
        assertEquals(nodc, rc.getBoolean("nodc", false));
    }

    @ParameterizedTest(name = "secure={0}")
    @ValueSource(booleans = {false, true})
    void stationJoinsSendsUplinksAndTransmitsDownlinks(boolean secure) throws Exception {
        // over wss the gateway requires an authenticated connection and the station sends its key
        StationGateway g = StationGateway.register(token, secure, false);
        String auth = secure ? g.bearer() : null;
        JsonObject discovered = RouterInfoIT.discover(secure, auth, "\"" + g.eui() + "\"");
        assertEquals(TestStation.uri(secure, g.eui()), discovered.getString("uri"), discovered.toString());
        String deviceId = "bs-otaa-" + (secure ? "wss" : "ws");
        TestDevice.Joiner joiner = Network.otaaDevice(token, app, deviceId, "MAC_V1_0_3");
        try (TestStation st = TestStation.connect(discovered.getString("uri"), auth);
             EventStream events = new EventStream(token, app)) {
            assertRouterConfig(st.version(), true);

            long xJoin = XTIME_BASE + 50_000_000L;
            st.uplink(joiner.joinRequest(1), xJoin, 5, 868_100_000L, 7.5);
            assertNotNull(events.next(of("as.up.join.forward", deviceId), Duration.ofSeconds(10)), "join event");
            JsonObject accept = st.awaitDnmsg(8_000, withXtime(xJoin));
            assertNotNull(accept, accept != null ? "" : "join-accept dnmsg; ns_downlink_dropped too_late="
                    + TestServer.metric("ns_downlink_dropped_total", "reason=\"too_late\"") + " no_gateway="
                    + TestServer.metric("ns_downlink_dropped_total", "reason=\"no_gateway\"") + " closed=" + st.closeCode.isDone());
            assertEquals(0, accept.getInt("dC"));
            assertEquals(5, accept.getInt("RxDelay"), "RX1 5 s after the join-request");
            assertEquals(5, accept.getInt("RX1DR"));
            assertEquals(868_100_000L, accept.getJsonNumber("RX1Freq").longValue());
            assertEquals(3, accept.getInt("RX2DR"));
            assertEquals(RX2_FREQ, accept.getJsonNumber("RX2Freq").longValue());
            assertEquals(dashes(joiner.devEui()), accept.getString("DevEui"));
            TestDevice dev = joiner.accept(TestStation.pdu(accept), 1);
            assertNotNull(dev, "join-accept MIC verifies on the device");
            st.dntxed(accept);

            long xUp = xJoin + 20_000_000L;
            st.uplink(dev.uplink(true, false, 5, new byte[] {0x42}), xUp, 5, 868_300_000L, 7.5);
            JsonObject up = events.next(of("as.up.data.forward", deviceId), Duration.ofSeconds(5));
            assertNotNull(up, "uplink with the session of the join-accept");
            JsonObject message = up.getJsonObject("data").getJsonObject("uplink_message");
            assertArrayEquals(new byte[] {0x42}, Base64.getDecoder().decode(message.getString("frm_payload")));
            JsonObject md = message.getJsonArray("rx_metadata").getJsonObject(0);
            assertEquals(g.id(), md.getJsonObject("gateway_ids").getString("gateway_id"));
            assertEquals(xUp & 0xFFFF_FFFFL, md.getJsonNumber("timestamp").longValue(), "timestamp: low 32 bits of xtime");
            JsonObject ack = st.awaitDnmsg(3_000, withXtime(xUp));
            assertNotNull(ack, "ACK of the confirmed uplink");
            assertEquals(1, ack.getInt("RxDelay"));
            assertEquals(868_300_000L, ack.getJsonNumber("RX1Freq").longValue());
            TestDevice.Downlink ackFrame = dev.downlink(TestStation.pdu(ack), 0);
            assertTrue(ackFrame.micValid(), "ACK MIC");
            assertTrue(ackFrame.frame().fHdr().fCtrl().ack());
            st.dntxed(ack);

            Network.expect(200, Api.post("/api/v3/as/applications/" + app + "/devices/" + deviceId + "/down/push", token,
                    Network.json("{\"downlinks\":[{\"f_port\":7,\"frm_payload\":\"CQ==\",\"confirmed\":true}]}")));
            long xUp2 = xUp + 10_000_000L;
            st.uplink(dev.uplink(false, false, 5, new byte[] {0x43}), xUp2, 5, 868_500_000L, 7.5);
            JsonObject down = st.awaitDnmsg(3_000, withXtime(xUp2));
            assertNotNull(down, "confirmed downlink in RX1 of the next uplink");
            TestDevice.Downlink frame = dev.downlink(TestStation.pdu(down), -1);
            assertTrue(frame.micValid());
            assertArrayEquals(new byte[] {9}, frame.payload());
            assertNull(events.next(of("as.down.data.sent", deviceId), Duration.ofMillis(500)), "sent only after dntxed");
            st.dntxed(down);
            assertNotNull(events.next(of("as.down.data.sent", deviceId), Duration.ofSeconds(5)), "dntxed -> down/sent");
            st.uplink(dev.uplink(false, true, 5, new byte[] {0x44}), xUp2 + 10_000_000L, 5, 868_100_000L, 7.5);
            assertNotNull(events.next(of("as.down.data.ack", deviceId), Duration.ofSeconds(5)), "the device's ACK acknowledges it");

            Api.Reply stats = Api.get("/api/v3/gs/gateways/" + g.id() + "/connection/stats", token);
            assertEquals(200, stats.status(), stats.toString());
            assertEquals("basicstation", stats.json().getString("protocol"));
            assertTrue(stats.json().containsKey("last_seen_at"));
            assertTrue(stats.json().containsKey("round_trip_times"), "round trip from the station's RefTime: " + stats);
        }
    }

    @Test
    void classCDownlinkGoesOutOnRx2AtOnce() throws Exception {
        StationGateway g = StationGateway.register(token, false, false);
        TestDevice dev = Network.abpDevice(token, app, "bs-class-c", true);
        try (TestStation st = TestStation.connect(TestStation.uri(false, g.eui()), null);
             EventStream events = new EventStream(token, app)) {
            st.version();
            st.uplink(dev.uplink(false, false, 1, new byte[] {0x01}), XTIME_BASE + 1_000_000L, 5, 868_100_000L, 5.0);
            assertNotNull(events.next(of("as.up.data.forward", "bs-class-c"), Duration.ofSeconds(5)));
            Thread.sleep(2_500); // past the uplink's class A windows
            Network.expect(200, Api.post("/api/v3/as/applications/" + app + "/devices/bs-class-c/down/push", token,
                    Network.json("{\"downlinks\":[{\"f_port\":3,\"frm_payload\":\"qrs=\"}]}")));
            JsonObject dn = st.awaitDnmsg(5_000, m -> m.getInt("dC") == 2);
            assertNotNull(dn, "class C dnmsg");
            assertFalse(dn.containsKey("xtime"), "class C: as soon as possible, no xtime");
            assertFalse(dn.containsKey("RX1DR"));
            assertEquals(3, dn.getInt("RX2DR"));
            assertEquals(RX2_FREQ, dn.getJsonNumber("RX2Freq").longValue());
            TestDevice.Downlink frame = dev.downlink(TestStation.pdu(dn), -1);
            assertTrue(frame.micValid());
            assertArrayEquals(Base64.getDecoder().decode("qrs="), frame.payload());
            st.dntxed(dn);
            assertNotNull(events.next(of("as.down.data.sent", "bs-class-c"), Duration.ofSeconds(5)));
        }
    }

    @Test
    void timesyncIsAnsweredWithGpsTimeAndTheExactTxtime() throws Exception {
        StationGateway g = StationGateway.register(token, false, false);
        try (TestStation st = TestStation.connect(TestStation.uri(false, g.eui()), null)) {
            st.version();
            long txtime = 9_007_199_254_740_993L; // 2^53 + 1
            st.send("{\"msgtype\":\"timesync\",\"txtime\":" + txtime + "}");
            JsonObject reply = st.await(m -> "timesync".equals(m.getString("msgtype", "")), 5_000);
            assertNotNull(reply);
            assertEquals(txtime, reply.getJsonNumber("txtime").longValueExact());
            long gpsNow = (Instant.now().toEpochMilli() - 315_964_800_000L + 18_000L) * 1000;
            assertTrue(Math.abs(reply.getJsonNumber("gpstime").longValueExact() - gpsNow) < 5_000_000L, reply.toString());
        }
    }

    @Test
    void theConnectionIsRecordedInRedisWhileOpenAndForgottenOnClose() throws Exception {
        StationGateway g = StationGateway.register(token, false, false);
        String[] address = TestServer.env("TTN_LW_REDIS_ADDRESS").split(":");
        String key = "lw:gw:conn:" + g.eui();
        try (JedisPooled redis = new JedisPooled(new HostAndPort(address[0], Integer.parseInt(address[1])),
                DefaultJedisClientConfig.builder().password(TestServer.env("TTN_LW_REDIS_PASSWORD")).build())) {
            try (TestStation st = TestStation.connect(TestStation.uri(false, g.eui()), null)) {
                assertNull(redis.get(key), "not before version");
                st.version();
                assertNotNull(redis.get(key), "this node holds the gateway");
                assertTrue(redis.pttl(key) > 0, "expires if the node dies");
            }
            long deadline = System.currentTimeMillis() + 10_000;
            while (redis.get(key) != null && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertNull(redis.get(key), "forgotten when the station leaves");
        }
    }

    @Test
    void aQuietStationIsPingedAndStaysConnected() throws Exception {
        StationGateway g = StationGateway.register(token, false, false);
        try (TestStation st = TestStation.connect(TestStation.uri(false, g.eui()), null)) {
            st.version();
            long deadline = System.currentTimeMillis() + 45_000; // pinged after 30 s of quiet
            while (st.pings.get() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(st.pings.get() > 0, "keepalive ping");
            assertFalse(st.closeCode.isDone(), "still connected");
            st.send("{\"msgtype\":\"timesync\",\"txtime\":3}");
            assertNotNull(st.await(m -> "timesync".equals(m.getString("msgtype", "")), 5_000));
        }
    }

    @Test
    void aWrongOrMissingKeyIsRefused() throws Exception {
        StationGateway locked = StationGateway.register(token, true, true);
        StationGateway other = StationGateway.register(token, false, true);
        String metric = "gs_station_connections_total";
        double forbidden = TestServer.metric(metric, "result=\"forbidden\"");
        try (TestStation st = TestStation.connect(TestStation.uri(true, locked.eui()), other.bearer())) {
            assertEquals(1008, st.awaitClose(10_000));
            assertTrue(st.closeReason.contains("RIGHT_GATEWAY_LINK"), st.closeReason);
        }
        assertTrue(TestServer.awaitMetric(metric, "result=\"forbidden\"", forbidden + 1) >= forbidden + 1);
        try (TestStation st = TestStation.connect(TestStation.uri(false, locked.eui()), null)) {
            assertEquals(1008, st.awaitClose(10_000));
            assertTrue(st.closeReason.contains("authenticated connection"), st.closeReason);
        }
        try (TestStation st = TestStation.connect(TestStation.uri(true, locked.eui()), "Bearer NNSXS.NOTAKEY.NOTASECRET")) {
            assertEquals(1008, st.awaitClose(10_000));
            assertTrue(st.closeReason.contains("invalid credentials"), st.closeReason);
        }
        try (TestStation st = TestStation.connect(TestStation.uri(true, locked.eui()), locked.bearer())) {
            assertRouterConfig(st.version(), false);
        }
    }

    @Test
    void oneFrameHeardOverUdpAndBasicsStationIsOneUplink() throws Exception {
        StationGateway g = StationGateway.register(token, false, false);
        TestDevice dev = Network.abpDevice(token, app, "bs-dedup", false);
        try (TestGateway udp = Network.gateway(token);
             TestStation st = TestStation.connect(TestStation.uri(false, g.eui()), null);
             EventStream events = new EventStream(token, app)) {
            st.version();
            byte[] frame = dev.uplink(false, false, 1, new byte[] {0x07});
            st.uplink(frame, XTIME_BASE + 7_000_000L, 5, 868_100_000L, 4.0);
            assertTrue(udp.awaitAck(0x01, udp.uplink(frame, 7_000_000L, 6.0, -80, "SF7BW125"), 5_000), "PUSH_ACK");
            JsonObject up = events.next(of("as.up.data.forward", "bs-dedup"), Duration.ofSeconds(5));
            assertNotNull(up);
            JsonArray md = up.getJsonObject("data").getJsonObject("uplink_message").getJsonArray("rx_metadata");
            Set<String> heardBy = md.stream().map(v -> v.asJsonObject().getJsonObject("gateway_ids").getString("eui"))
                    .collect(Collectors.toSet());
            assertEquals(Set.of(g.eui(), udp.eui), heardBy, md.toString());
            assertNull(events.next(of("as.up.data.forward", "bs-dedup"), Duration.ofSeconds(2)), "one uplink, not two");
        }
    }
}
