package io.longwave.websocket.events;

import io.longwave.websocket.SocketLog;
import io.longwave.platform.json.Jsonp;
import io.longwave.identity.ErrorKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.auth.BearerAuthentication;
import io.longwave.identity.auth.Caller;
import io.longwave.platform.events.EventStreams;
import io.longwave.platform.events.EventSubscription;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCode;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The live events of {@code POST /api/v3/events} over a websocket: the client sends that request's JSON
 * body as its first text message, gets {@code {"subscribed":...}} once the subscription is in place, then
 * each event as one text message in the same JSON as the server-sent events' {@code data}. A missing or
 * bad credential or missing rights close the socket with 1008 (policy violation), a request that is not
 * a valid JSON request with 1007, before anything is streamed; closing the socket unsubscribes.
 * Refusals are counted in {@code events_websocket_refused_total{reason}}.
 */
@ServerEndpoint(value = "/api/v3/events/ws", subprotocols = EventSocket.PROTOCOL, configurator = BearerHandshake.class)
public class EventSocket {

    /** The subprotocol a browser offers beside the bearer one, so that the server has one to select. */
    static final String PROTOCOL = "longwave.v3.events.v1";
    private static final int QUEUE_LIMIT = 1_000;
    private static final Logger LOG = Logger.getLogger(EventSocket.class.getName());

    @Inject
    SocketLog socketLog;

    @Inject
    BearerAuthentication bearer;

    @Inject
    EventStreams streams;

    @Inject
    MetricRegistry metrics;

    private Session session;
    private Caller caller;
    private OutboundQueue out;
    private EventSubscription subscription;
    private boolean closed;

    @OnOpen
    public void open(Session session, EndpointConfig config) {
        this.session = session;
        Object header = config.getUserProperties().get(BearerHandshake.AUTHORIZATION);
        if (header == null) {
            refuse("unauthenticated", CloseCodes.VIOLATED_POLICY,
                    "unauthenticated: no bearer token (Authorization header or " + BearerHandshake.PROTOCOL_PREFIX + "* subprotocol)");
            return;
        }
        try {
            caller = bearer.authorization(header.toString());
        } catch (IdentityException e) {
            refuse(e);
            return;
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        out = new OutboundQueue(session, QUEUE_LIMIT);
    }

    @OnMessage
    public void request(String text) {
        if (out == null) {
            return; // refused on open; the close frame is on its way
        }
        synchronized (this) {
            if (subscription != null) {
                refuse("second_request", CloseCodes.VIOLATED_POLICY, "one request per socket: open another socket for other streams");
                return;
            }
        }
        JsonObject request;
        try (JsonReader reader = Jsonp.createReader(new StringReader(text))) {
            request = reader.readObject();
        } catch (RuntimeException e) {
            refuse("bad_json", CloseCodes.NOT_CONSISTENT, "invalid request: not a JSON object");
            return;
        }
        EventSubscription opened;
        try {
            opened = streams.open(caller, request, out::send);
        } catch (IdentityException e) {
            refuse(e);
            return;
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        synchronized (this) {
            if (closed) {
                opened.close();
                return;
            }
            subscription = opened;
        }
        JsonArrayBuilder apps = Jsonp.createArrayBuilder();
        opened.applications().forEach(a -> apps.add(Jsonp.createObjectBuilder().add("application_id", a)));
        out.start(Jsonp.createObjectBuilder()
                .add("subscribed", Jsonp.createObjectBuilder().add("application_ids", apps)).build().toString());
    }

    @OnClose
    public void closed(Session s, CloseReason reason) {
        release();
    }

    @OnError
    public void error(Session s, Throwable t) {
        // mostly a client that vanished without a close frame
        socketLog.warn("events.ws.error." + t.getClass().getSimpleName(), "events.ws.error error=\"" + t + "\"");
        release();
    }

    private void release() {
        EventSubscription s;
        synchronized (this) {
            closed = true;
            s = subscription;
            subscription = null;
        }
        if (s != null) {
            s.close();
        }
        if (out != null) {
            out.close();
        }
    }

    private void refuse(IdentityException e) {
        CloseCode code = e.kind() == ErrorKind.INVALID_ARGUMENT ? CloseCodes.NOT_CONSISTENT : CloseCodes.VIOLATED_POLICY;
        refuse(e.kind().name().toLowerCase(), code, e.name() + ": " + e.getMessage());
    }

    private void failed(RuntimeException e) {
        LOG.warning("events.ws.failed error=\"" + e + "\"");
        refuse("internal", CloseCodes.UNEXPECTED_CONDITION, "internal error; see the server log");
    }

    private void refuse(String reason, CloseCode code, String message) {
        metrics.counter("events_websocket_refused", new Tag("reason", reason)).inc();
        socketLog.warn("events.ws.refused." + reason, "events.ws.refused reason=" + reason + " detail=\"" + message + "\"");
        release();
        try {
            session.close(new CloseReason(code, fit(message)));
        } catch (IOException | RuntimeException ignored) {
            // the client is gone already
        }
    }

    /** A close reason is at most 123 bytes of UTF-8. */
    private static String fit(String reason) {
        String r = reason;
        while (r.getBytes(StandardCharsets.UTF_8).length > 123) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }
}
