package io.longwave.it.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import io.longwave.it.api.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LNS discovery as a LoRa Basics Station does it: open {@code /router-info} on the station port (ws or
 * wss), send {@code {"router": <id>}}, read one JSON reply. Covers every id form a station sends, unknown
 * gateways, and gateways that require an authenticated connection.
 */
class RouterInfoIT {

    private static final String METRIC = "gs_station_discovery_total";

    static String token;
    static Stations.Gateway open;
    static Stations.Gateway locked;
    static Stations.Gateway other;

    @BeforeAll
    static void registerGateways() throws Exception {
        token = Api.admin();
        open = Stations.register(token, false);
        locked = Stations.register(token, true);
        other = Stations.register(token, false);
    }

    private static JsonObject json(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    private static int port(boolean secure) {
        return TestServer.port(secure ? "LW_STATION_WSS_PORT" : "LW_STATION_WS_PORT");
    }

    private static String trafficUri(boolean secure, String eui) {
        return (secure ? "wss" : "ws") + "://localhost:" + port(secure) + "/traffic/" + eui;
    }

    /** Sends {@code {"router": <routerJson>}} and returns the reply. */
    static JsonObject discover(boolean secure, String authorization, String routerJson) throws Exception {
        return json(exchange(secure, authorization, "{\"router\":" + routerJson + "}"));
    }

    /** One station exchange: connect, send one text message, return the one reply; the server closes after it. */
    static String exchange(boolean secure, String authorization, String message) throws Exception {
        return exchange(secure ? TestServer.client() : HttpClient.newHttpClient(), secure, authorization, message);
    }

    /** The same with a client of the caller's (one with a client certificate, say). */
    static String exchange(HttpClient client, boolean secure, String authorization, String message) throws Exception {
        WebSocket.Builder b = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        CompletableFuture<String> reply = new CompletableFuture<>();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        StringBuilder text = new StringBuilder();
        URI uri = URI.create((secure ? "wss" : "ws") + "://localhost:" + port(secure) + "/router-info");
        WebSocket ws = b.buildAsync(uri, new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket s, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    reply.complete(text.toString());
                }
                s.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket s, int status, String reason) {
                closed.complete(status);
                return null;
            }

            @Override
            public void onError(WebSocket s, Throwable error) {
                reply.completeExceptionally(error);
                closed.completeExceptionally(error);
            }
        }).get(20, TimeUnit.SECONDS);
        ws.sendText(message, true).get(20, TimeUnit.SECONDS);
        String answer = reply.get(20, TimeUnit.SECONDS);
        assertEquals(WebSocket.NORMAL_CLOSURE, closed.get(20, TimeUnit.SECONDS), "the server closes after its reply");
        return answer;
    }

    private static void assertDiscovered(JsonObject reply, boolean secure, Stations.Gateway g) {
        assertFalse(reply.containsKey("error"), reply.toString());
        assertEquals(trafficUri(secure, g.eui()), reply.getString("uri"));
        assertFalse(reply.getString("muxs").isBlank(), "muxs names the server");
    }

    private static void assertRefused(JsonObject reply, String routerJson, String errorPart) {
        assertFalse(reply.containsKey("uri"), reply.toString());
        assertEquals(json("{\"router\":" + routerJson + "}").get("router"), reply.get("router"), "router echoed as sent");
        assertTrue(reply.getString("error").contains(errorPart), reply.toString());
    }

    private static String id6(String eui) {
        return eui.substring(0, 4) + ":" + eui.substring(4, 8) + ":" + eui.substring(8, 12) + ":" + eui.substring(12);
    }

    private static String dashes(String eui) {
        return String.join("-", eui.split("(?<=\\G..)"));
    }

    @Test
    void everyIdFormFindsTheGatewayAndTheRouterIsEchoedAsSent() throws Exception {
        String asId6 = "\"" + id6(open.eui()).toLowerCase(Locale.ROOT) + "\"";
        String asDashes = "\"" + dashes(open.eui()) + "\"";
        String asInteger = new BigInteger(open.eui(), 16).toString(); // often above Long.MAX_VALUE
        for (String router : new String[] {asId6, asDashes, asInteger}) {
            for (boolean secure : new boolean[] {false, true}) {
                JsonObject reply = discover(secure, null, router);
                assertDiscovered(reply, secure, open);
                assertEquals(json("{\"router\":" + router + "}").get("router"), reply.get("router"), "router echoed as sent");
            }
        }
    }

    @Test
    void unknownGatewayIsRefused() throws Exception {
        double before = TestServer.metric(METRIC, "result=\"unknown_gateway\"");
        assertRefused(discover(false, null, "\"::1\""), "\"::1\"", "not registered");
        assertTrue(TestServer.metric(METRIC, "result=\"unknown_gateway\"") >= before + 1, "refusal counted");
    }

    @Test
    void unparsableRequestsGetAnErrorReply() throws Exception {
        assertRefused(discover(false, null, "\"1::2::3\""), "\"1::2::3\"", "more than one ::");
        assertRefused(discover(false, null, "18446744073709551616"), "18446744073709551616", "not an unsigned 64-bit integer");
        assertRefused(discover(false, null, "true"), "true", "neither a string nor an integer");
        JsonObject notJson = json(exchange(false, null, "{router"));
        assertTrue(notJson.getString("error").contains("JSON object"), notJson.toString());
        assertEquals(JsonValue.NULL, notJson.get("router"), "no router to echo");
    }

    @Test
    void gatewayRequiringAuthenticationNeedsWssAndItsOwnKey() throws Exception {
        String router = "\"" + locked.eui() + "\"";
        assertRefused(discover(false, null, router), router, "requires an authenticated connection");
        assertRefused(discover(true, null, router), router, "requires an authenticated connection");
        assertRefused(discover(false, "Bearer " + locked.key(), router), router, "over wss");
        double forbidden = TestServer.metric(METRIC, "result=\"forbidden\"");
        assertRefused(discover(true, "Bearer " + other.key(), router), router, "RIGHT_GATEWAY_LINK");
        assertTrue(TestServer.metric(METRIC, "result=\"forbidden\"") >= forbidden + 1, "refusal counted");
        assertDiscovered(discover(true, "Bearer " + locked.key(), router), true, locked);
    }

    @Test
    void aKeySentIsCheckedEvenWhenNoneIsRequired() throws Exception {
        String router = "\"" + open.eui() + "\"";
        assertRefused(discover(true, "Bearer " + other.key(), router), router, "RIGHT_GATEWAY_LINK");
        assertRefused(discover(true, "Bearer NNSXS.NOTAKEY.NOTASECRET", router), router, "invalid credentials");
        assertDiscovered(discover(true, "Bearer " + open.key(), router), true, open);
    }
}
