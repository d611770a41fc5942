package io.longwave.it.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import io.longwave.it.api.Api;
import io.longwave.it.network.EventStream;
import io.longwave.it.network.Network;
import io.longwave.it.network.TestDevice;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a broken or hostile station gets on {@code /traffic/<EUI>}: each case is closed or counted in
 * {@code gs_station_dropped_total{reason}} / {@code gs_station_connections_total{result}}, and a good
 * station keeps working, also while a thousand websockets are opened and left idle.
 */
class StationBadInputIT {

    private static final String DROPPED = "gs_station_dropped_total";
    private static final String CONNECTIONS = "gs_station_connections_total";

    private static String token;
    private static StationGateway open;
    private static StationGateway other;

    @BeforeAll
    static void register() throws Exception {
        token = Api.admin();
        open = StationGateway.register(token, false, false);
        other = StationGateway.register(token, false, false);
    }

    private static double dropped(String reason) throws Exception {
        return TestServer.metric(DROPPED, "reason=\"" + reason + "\"");
    }

    private static void awaitDropped(String reason, double atLeast) throws Exception {
        assertTrue(TestServer.awaitMetric(DROPPED, "reason=\"" + reason + "\"", atLeast) >= atLeast, reason + " counted");
    }

    @Test
    void malformedJsonAndUnknownMessagesAreCountedAndTheStationKeepsItsConnection() throws Exception {
        double malformed = dropped("malformed");
        double unknown = dropped("unknown_msgtype");
        double badUplink = dropped("bad_uplink");
        try (TestStation st = TestStation.connect(TestStation.uri(false, open.eui()), null)) {
            st.version();
            st.send("{\"msgtype\":\"updf\",");
            st.send("[1,2,3]");
            st.send("{\"msgtype\":\"runcmd\",\"command\":\"rm\"}");
            st.send("{\"msgtype\":\"updf\",\"MHdr\":64,\"DevAddr\":1,\"FCtrl\":0,\"FCnt\":0,\"FPort\":1,\"FRMPayload\":\"\","
                    + "\"MIC\":1,\"DR\":5,\"Freq\":868100000,\"upinfo\":{\"xtime\":1.5,\"rssi\":-1,\"snr\":1}}");
            awaitDropped("malformed", malformed + 2);
            awaitDropped("unknown_msgtype", unknown + 1);
            awaitDropped("bad_uplink", badUplink + 1);
            st.send("{\"msgtype\":\"timesync\",\"txtime\":1}");
            assertNotNull(st.await(m -> "timesync".equals(m.getString("msgtype", "")), 5_000), "still served");
        }
    }

    @Test
    void aMessageBeforeVersionClosesTheConnection() throws Exception {
        double before = dropped("before_version");
        try (TestStation st = TestStation.connect(TestStation.uri(false, open.eui()), null)) {
            st.send("{\"msgtype\":\"timesync\",\"txtime\":1}");
            assertEquals(1008, st.awaitClose(10_000));
            assertTrue(st.closeReason.contains("version"), st.closeReason);
        }
        awaitDropped("before_version", before + 1);
    }

    @Test
    void anOversizedMessageClosesTheConnection() throws Exception {
        double before = dropped("oversized");
        try (TestStation st = TestStation.connect(TestStation.uri(false, open.eui()), null)) {
            st.version();
            st.send("{\"msgtype\":\"propdf\",\"FRMPayload\":\"" + "00".repeat(40_000) + "\"}");
            assertEquals(1009, st.awaitClose(10_000));
        }
        awaitDropped("oversized", before + 1);
    }

    @Test
    void anotherGatewaysKeyOrAnUnknownEuiIsRefused() throws Exception {
        double forbidden = TestServer.metric(CONNECTIONS, "result=\"forbidden\"");
        double unknown = TestServer.metric(CONNECTIONS, "result=\"unknown_gateway\"");
        try (TestStation st = TestStation.connect(TestStation.uri(true, open.eui()), other.bearer())) {
            assertEquals(1008, st.awaitClose(10_000), "key of gateway B on /traffic/<A>");
            assertTrue(st.closeReason.contains("RIGHT_GATEWAY_LINK"), st.closeReason);
        }
        try (TestStation st = TestStation.connect(TestStation.uri(false, Network.randomHex(16)), null)) {
            assertEquals(1008, st.awaitClose(10_000));
            assertTrue(st.closeReason.contains("not registered"), st.closeReason);
        }
        try (TestStation st = TestStation.connect(TestStation.uri(false, "not-an-eui"), null)) {
            assertEquals(1008, st.awaitClose(10_000));
        }
        assertTrue(TestServer.awaitMetric(CONNECTIONS, "result=\"forbidden\"", forbidden + 1) >= forbidden + 1);
        assertTrue(TestServer.awaitMetric(CONNECTIONS, "result=\"unknown_gateway\"", unknown + 2) >= unknown + 2);
    }

    @Test
    void aThousandIdleWebsocketsAreClosedWhileAGoodStationKeepsWorking() throws Exception {
        double noVersion = dropped("no_version");
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<TestStation>> opening = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            opening.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return TestStation.connect(client, TestStation.uri(false, open.eui()), null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        List<TestStation> idle = new ArrayList<>();
        for (CompletableFuture<TestStation> f : opening) {
            idle.add(f.get(60, TimeUnit.SECONDS));
        }
        try {
            String app = Network.application(token);
            TestDevice dev = Network.abpDevice(token, app, "bs-busy", false);
            try (TestStation good = TestStation.connect(TestStation.uri(false, other.eui()), null);
                 EventStream events = new EventStream(token, app)) {
                good.version();
                good.uplink(dev.uplink(false, false, 1, new byte[] {0x05}), 0x00A0_0000_0100_0000L, 5, 868_100_000L, 3.0);
                assertNotNull(events.next("as.up.data.forward", Duration.ofSeconds(10)), "the good station's uplink gets through");
                // the idle ones never said version: the version timeout (10 s) closes them all
                for (TestStation s : idle) {
                    s.awaitClose(40_000);
                }
                good.send("{\"msgtype\":\"timesync\",\"txtime\":2}");
                assertNotNull(good.await(m -> "timesync".equals(m.getString("msgtype", "")), 5_000), "the good station stays");
            }
            awaitDropped("no_version", noVersion + 1000);
        } finally {
            idle.forEach(TestStation::close);
        }
    }
}
