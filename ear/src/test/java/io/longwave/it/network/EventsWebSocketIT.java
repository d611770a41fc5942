package io.longwave.it.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import io.longwave.it.api.Api;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Live events over a websocket ({@code wss://<station port>/api/v3/events/ws}), opened the way an
 * application or a browser would: the same request and event JSON as the server-sent events, the same
 * credentials, refusals as close frames with a reason, and no subscription left behind after a close.
 */
class EventsWebSocketIT extends OneGatewayTest {

    private static final String PROTOCOL = "longwave.v3.events.v1";
    private static final String BEARER_PROTOCOL = "ttn.lorawan.v3.header.authorization.bearer.";
    private static final String REFUSED = "events_websocket_refused_total";

    private static String request(String applicationId) {
        return "{\"identifiers\":[{\"application_ids\":{\"application_id\":\"" + applicationId + "\"}}]}";
    }

    /** One websocket with everything the server sent: text messages in order, and the close frame. */
    static final class Client implements WebSocket.Listener, AutoCloseable {

        final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
        volatile String closeReason;
        final WebSocket socket;
        private final StringBuilder partial = new StringBuilder();

        /** @param authorization the Authorization header, or null to send none */
        Client(String authorization, String... subprotocols) throws Exception {
            WebSocket.Builder b = TestServer.client().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20));
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            if (subprotocols.length > 0) {
                b.subprotocols(subprotocols[0], java.util.Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
            }
            URI uri = URI.create("wss://localhost:" + TestServer.port("LW_STATION_WSS_PORT") + "/api/v3/events/ws");
            socket = b.buildAsync(uri, this).get(20, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(Network.json(partial.toString()));
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            closeReason = reason;
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closeCode.completeExceptionally(error);
        }

        void send(String text) {
            socket.sendText(text, true).join();
        }

        /** The next message matching {@code filter} within {@code timeout}, skipping others; null if none. */
        JsonObject next(Predicate<JsonObject> filter, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                JsonObject m = messages.poll(50, TimeUnit.MILLISECONDS);
                if (m != null && filter.test(m)) {
                    return m;
                }
            }
            return null;
        }

        JsonObject subscribed() throws InterruptedException {
            return next(m -> m.containsKey("subscribed"), Duration.ofSeconds(20));
        }

        int awaitClose() throws Exception {
            return closeCode.get(20, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            if (!socket.isOutputClosed()) {
                try {
                    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
                } catch (java.util.concurrent.CompletionException e) {
                    socket.abort(); // the server closed first
                }
            }
        }
    }

    private static Predicate<JsonObject> upOf(String deviceId) {
        return e -> "as.up.data.forward".equals(e.getString("name", null))
                && e.getJsonObject("data").getJsonObject("end_device_ids").getString("device_id").equals(deviceId);
    }

    @Test
    void uplinkArrivesAsOneTextMessageInTheSameJsonAsTheServerSentEvent() throws Exception {
        TestDevice dev = Network.abpDevice(token, app, "dev-ws", false);
        try (Client ws = new Client("Bearer " + token, PROTOCOL); EventStream sse = new EventStream(token, app)) {
            assertEquals(PROTOCOL, ws.socket.getSubprotocol(), "the server selects the events subprotocol");
            ws.send(request(app));
            JsonObject subscribed = ws.subscribed();
            assertNotNull(subscribed, "subscription confirmed");
            assertEquals(app, subscribed.getJsonObject("subscribed").getJsonArray("application_ids").getJsonObject(0)
                    .getString("application_id"));

            byte[] payload = {0x01, 0x67, 0x00, (byte) 0xF0}; // 24.0 °C
            int t = gateway.uplink(dev.uplink(false, false, 1, payload), 5_000_000, 7.5, -60, "SF7BW125");
            assertTrue(gateway.awaitAck(0x01, t, 5_000), "PUSH_ACK");
            JsonObject viaSocket = ws.next(upOf("dev-ws"), Duration.ofSeconds(15));
            assertNotNull(viaSocket, "as.up.data.forward over the websocket");
            JsonObject msg = viaSocket.getJsonObject("data").getJsonObject("uplink_message");
            assertEquals(24.0, msg.getJsonObject("decoded_payload").getJsonNumber("temperature_1").doubleValue(), 1e-9);
            assertEquals(List.of(0x01, 0x67, 0x00, 0xF0), toList(Base64.getDecoder().decode(msg.getString("frm_payload"))));
            assertEquals(sse.next(upOf("dev-ws"), Duration.ofSeconds(15)), viaSocket, "the same event as the SSE data");
        }
    }

    private static List<Integer> toList(byte[] b) {
        List<Integer> l = new ArrayList<>();
        for (byte x : b) {
            l.add(x & 0xFF);
        }
        return l;
    }

    @Test
    void apiKeyAsSubprotocolWorksLikeTheConsoleAndClosingUnsubscribes() throws Exception {
        Api.Reply created = Api.post("/api/v3/users/admin/api-keys", token,
                Network.json("{\"name\":\"ws-events\",\"rights\":[\"RIGHT_ALL\"]}"));
        Network.expect(200, created);
        String key = created.json().getString("key");
        String quietApp = Network.application(token); // no traffic: the listener count changes only by this socket
        double before = TestServer.metric("events_listeners", "");
        Client ws = new Client(null, PROTOCOL, BEARER_PROTOCOL + key);
        assertEquals(PROTOCOL, ws.socket.getSubprotocol(), "the events subprotocol, never the one carrying the key");
        ws.send(request(quietApp));
        assertNotNull(ws.subscribed(), "the key in the subprotocol authenticates");
        assertEquals(before + 1, TestServer.metric("events_listeners", ""), "one listener while open");
        ws.close();
        assertEquals(WebSocket.NORMAL_CLOSURE, ws.awaitClose());
        long deadline = System.currentTimeMillis() + 10_000;
        double after = TestServer.metric("events_listeners", "");
        while (after > before && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            after = TestServer.metric("events_listeners", "");
        }
        assertEquals(before, after, "closing the socket unsubscribes");
    }

    @Test
    void missingOrWrongCredentialsAreClosedWithPolicyViolationBeforeAnythingIsStreamed() throws Exception {
        double refused = TestServer.metric(REFUSED, "reason=\"unauthenticated\"");
        try (Client none = new Client(null, PROTOCOL);
             Client wrong = new Client("Bearer NNSXS.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB",
                     PROTOCOL);
             Client wrongProtocol = new Client(null, PROTOCOL, BEARER_PROTOCOL + "MFRWG.NOTATOKEN.NOTASECRET")) {
            for (Client c : List.of(none, wrong, wrongProtocol)) {
                assertEquals(1008, c.awaitClose(), "policy violation");
                assertTrue(c.closeReason.startsWith("unauthenticated"), c.closeReason);
                assertTrue(c.messages.isEmpty(), "nothing streamed");
            }
        }
        assertEquals(refused + 3, TestServer.awaitMetric(REFUSED, "reason=\"unauthenticated\"", refused + 3));
    }

    @Test
    void callerWithoutRightsOnTheApplicationIsRefusedAndGetsNothing() throws Exception {
        String stranger = Api.newUser(Api.uniqueId("ws-stranger"));
        TestDevice dev = Network.abpDevice(token, app, "dev-ws-private", false);
        try (Client ws = new Client("Bearer " + stranger, PROTOCOL)) {
            ws.send(request(app));
            assertEquals(1008, ws.awaitClose(), "policy violation");
            assertTrue(ws.closeReason.contains("not_found") || ws.closeReason.contains("insufficient_rights"), ws.closeReason);
            int t = gateway.uplink(dev.uplink(false, false, 1, new byte[] {1}), 9_000_000, 7.5, -60, "SF7BW125");
            assertTrue(gateway.awaitAck(0x01, t, 5_000), "PUSH_ACK");
            Thread.sleep(2_000); // time for the event to be published, had the refused socket been subscribed
            assertTrue(ws.messages.isEmpty(), "nothing streamed: " + ws.messages);
        }
    }

    @Test
    void badJsonAndAnEmptyRequestCloseWithAReason() throws Exception {
        double badJson = TestServer.metric(REFUSED, "reason=\"bad_json\"");
        try (Client ws = new Client("Bearer " + token, PROTOCOL)) {
            ws.send("{\"identifiers\":[");
            assertEquals(1007, ws.awaitClose());
            assertEquals("invalid request: not a JSON object", ws.closeReason);
            assertTrue(ws.messages.isEmpty());
        }
        try (Client ws = new Client("Bearer " + token, PROTOCOL)) {
            ws.send("{\"identifiers\":[]}");
            assertEquals(1007, ws.awaitClose());
            assertTrue(ws.closeReason.contains("identifiers"), ws.closeReason);
        }
        assertEquals(badJson + 1, TestServer.awaitMetric(REFUSED, "reason=\"bad_json\"", badJson + 1));
    }
}
