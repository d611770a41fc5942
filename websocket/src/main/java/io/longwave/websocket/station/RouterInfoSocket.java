package io.longwave.websocket.station;

import io.longwave.gateway.GatewayEntry;
import io.longwave.gateway.station.InvalidRouterId;
import io.longwave.gateway.station.RouterId;
import io.longwave.gateway.station.StationDiscovery;
import io.longwave.platform.cluster.NodeIdentity;
import io.longwave.platform.json.Jsonp;
import io.longwave.platform.logging.RateLimitedLog;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * LoRa Basics Station discovery: the station sends {@code {"router": <id>}} and learns the uri of its
 * traffic websocket on this server, or gets {@code {"router": <id>, "error": "..."}} and falls back to
 * CUPS. The router id is echoed as sent. The socket is closed after the one reply. Every outcome is
 * counted in {@code gs_station_discovery_total{result}}.
 */
@ServerEndpoint(value = "/router-info", configurator = StationHandshake.class)
public class RouterInfoSocket {

    private static final Logger LOG = Logger.getLogger(RouterInfoSocket.class.getName());
    private static final RateLimitedLog REFUSALS = new RateLimitedLog(LOG, 10_000);
    /** The station keeps the uri in a buffer of this many characters. */
    private static final int MAX_URI = 128;

    @Inject
    StationDiscovery discovery;

    @Inject
    NodeIdentity node;

    @Inject
    MetricRegistry metrics;

    private Session session;
    private String authorization;
    private String host;
    private List<X509Certificate> clientCertificates = List.of();

    @OnOpen
    @SuppressWarnings("unchecked")
    public void open(Session session, EndpointConfig config) {
        this.session = session;
        Object chain = config.getUserProperties().get(StationHandshake.CLIENT_CERTIFICATES);
        if (chain instanceof List<?>) {
            clientCertificates = (List<X509Certificate>) chain;
        }
        authorization = (String) config.getUserProperties().get(StationHandshake.AUTHORIZATION);
        host = (String) config.getUserProperties().get(StationHandshake.HOST);
    }

    @OnMessage
    public void request(String text) {
        JsonValue router = JsonValue.NULL;
        try {
            JsonObject request;
            try (JsonReader reader = Jsonp.createReader(new StringReader(text))) {
                request = reader.readObject();
            } catch (RuntimeException e) {
                refuse(router, "bad_request", "invalid request: expected a JSON object {\"router\": <id>}");
                return;
            }
            router = request.getOrDefault("router", JsonValue.NULL);
            long eui;
            try {
                eui = eui(router);
            } catch (InvalidRouterId e) {
                refuse(router, "bad_request", e.getMessage());
                return;
            }
            GatewayEntry gateway;
            try {
                gateway = discovery.discover(eui, session.isSecure(), authorization, clientCertificates);
            } catch (StationDiscovery.Refused e) {
                refuse(router, e.refusal().label, e.getMessage());
                return;
            }
            String uri = (session.isSecure() ? "wss" : "ws") + "://" + authority() + "/traffic/" + gateway.eui();
            if (uri.length() > MAX_URI) {
                refuse(router, "bad_request", "the traffic uri would exceed " + MAX_URI + " characters; connect by a shorter host name");
                return;
            }
            count("ok");
            reply(Jsonp.createObjectBuilder().add("router", router).add("muxs", node.id()).add("uri", uri).build());
        } catch (RuntimeException e) {
            // the directory or the identity store failing: the station retries and falls back to CUPS meanwhile
            LOG.warning("gs.station.discovery.failed error=\"" + e + "\"");
            count("internal");
            reply(error(router, "internal error; try again later"));
        }
    }

    @OnError
    public void error(Session s, Throwable t) {
        // mostly a station that vanished without a close frame
        REFUSALS.warn("gs.station.discovery.error." + t.getClass().getSimpleName(), "gs.station.discovery.error error=\"" + t + "\"");
    }

    private static long eui(JsonValue router) {
        if (router instanceof JsonString s) {
            return RouterId.parse(s.getString());
        }
        if (router instanceof JsonNumber n) {
            try {
                return RouterId.parse(n.bigIntegerValueExact());
            } catch (ArithmeticException e) {
                throw new InvalidRouterId("router id " + n + ": not an integer");
            }
        }
        throw new InvalidRouterId("router id missing or neither a string nor an integer");
    }

    /** host:port as the station addressed us, the port explicit even when it was the scheme's default. */
    private String authority() {
        String h = host;
        if (h == null || h.isEmpty()) {
            h = session.getRequestURI().getHost();
        }
        boolean bracketedIpv6 = h.startsWith("[");
        int colon = h.lastIndexOf(':');
        boolean hasPort = colon >= 0 && (!bracketedIpv6 || colon > h.indexOf(']'));
        return hasPort ? h : h + ":" + (session.isSecure() ? 443 : 80);
    }

    private void refuse(JsonValue router, String result, String message) {
        count(result);
        REFUSALS.warn("gs.station.discovery.refused." + result,
                "gs.station.discovery.refused result=" + result + " router=" + router + " detail=\"" + message + "\"");
        reply(error(router, message));
    }

    private static JsonObject error(JsonValue router, String message) {
        return Jsonp.createObjectBuilder().add("router", router).add("error", message).build();
    }

    private void count(String result) {
        metrics.counter("gs_station_discovery", new Tag("result", result)).inc();
    }

    private void reply(JsonObject body) {
        try {
            session.getBasicRemote().sendText(body.toString());
            session.close(new CloseReason(CloseCodes.NORMAL_CLOSURE, "discovery done"));
        } catch (IOException | RuntimeException e) {
            // the station is gone already
        }
    }
}
