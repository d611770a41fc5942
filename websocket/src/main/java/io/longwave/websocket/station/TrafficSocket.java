package io.longwave.websocket.station;

import io.longwave.websocket.SocketLog;
import io.longwave.gateway.station.StationChannel;
import io.longwave.gateway.station.StationDiscovery;
import io.longwave.gateway.station.StationSession;
import io.longwave.gateway.station.StationTraffic;
import io.longwave.websocket.events.OutboundQueue;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * LoRa Basics Station traffic ({@code /traffic/<EUI>}, the uri discovery hands out). Thin: the connection
 * is authorized and every message handled by {@link StationTraffic}; this class moves text and applies
 * the limits: a text message above {@link #MAX_MESSAGE} characters closes the socket (1009), a station that
 * does not say {@code version} within {@code lw.gs.station.version-timeout-ms} (10 s) is closed, and a
 * connected one that answers nothing, not even the keepalive pings, for {@code lw.gs.station.idle-timeout-ms}
 * (2 min) too, both by {@link SocketDeadlines}. Sends never block: they go through an {@link OutboundQueue}.
 */
@ServerEndpoint(value = "/traffic/{eui}", configurator = StationHandshake.class)
public class TrafficSocket implements SocketDeadlines.Expiring {

    private static final Logger LOG = Logger.getLogger(TrafficSocket.class.getName());
    /** The largest station message (an updf of 255 bytes in hex plus metadata) is below 2 K characters. */
    static final int MAX_MESSAGE = 16 * 1024;
    /** Messages waiting for a slow station before it is closed. */
    private static final int QUEUE_LIMIT = 256;

    @Inject
    SocketLog socketLog;

    @Inject
    StationTraffic traffic;

    @Inject
    SocketDeadlines deadlines;

    private Session session;
    private StationSession station;
    private long idleTimeoutNanos;
    private volatile long deadlineNanos;
    /** When the station last sent anything (a pong too), or when we last pinged it. */
    private volatile long quietSinceNanos = System.nanoTime();
    /** The text message being received, null once one was too big. */
    private StringBuilder pending = new StringBuilder();

    @OnOpen
    @SuppressWarnings("unchecked")
    public void open(Session session, EndpointConfig config, @PathParam("eui") String eui) {
        this.session = session;
        var c = ConfigProvider.getConfig();
        session.setMaxIdleTimeout(0); // see SocketDeadlines
        idleTimeoutNanos = c.getOptionalValue("lw.gs.station.idle-timeout-ms", Long.class).orElse(120_000L) * 1_000_000;
        deadlineNanos = System.nanoTime()
                + c.getOptionalValue("lw.gs.station.version-timeout-ms", Long.class).orElse(10_000L) * 1_000_000;
        session.setMaxTextMessageBufferSize(MAX_MESSAGE);
        String authorization = (String) config.getUserProperties().get(StationHandshake.AUTHORIZATION);
        String remote = (String) config.getUserProperties().getOrDefault(StationHandshake.REMOTE, "unknown");
        Object chain = config.getUserProperties().get(StationHandshake.CLIENT_CERTIFICATES);
        List<X509Certificate> certificates = chain instanceof List<?> ? (List<X509Certificate>) chain : List.of();
        try {
            station = traffic.open(eui, session.isSecure(), authorization, certificates, remote, new Channel(session));
            deadlines.watch(this);
        } catch (StationDiscovery.Refused e) {
            close(session, CloseCodes.VIOLATED_POLICY, e.getMessage());
        }
    }

    /**
     * Text arrives in parts so that the size limit is ours to enforce (Liberty let an 80 KB message through
     * {@code maxMessageSize}): a message growing past {@link #MAX_MESSAGE} characters closes the socket with 1009.
     */
    @OnMessage
    public void message(String part, boolean last) {
        if (station == null || pending == null) {
            return; // refused or too big, closing
        }
        if (pending.length() + part.length() > MAX_MESSAGE) {
            pending = null;
            close(session, CloseCodes.TOO_BIG, "message above " + MAX_MESSAGE + " characters");
            return;
        }
        String text;
        if (last && pending.length() == 0) {
            text = part; // the usual case, a message in one part: no copy
        } else {
            pending.append(part);
            if (!last) {
                return;
            }
            text = pending.toString();
            pending.setLength(0);
        }
        station.onText(text);
        heard();
    }

    /** The answer to our keepalive ping: the station is alive though it has nothing to say. */
    @OnMessage
    public void pong(PongMessage pong) {
        heard();
    }

    private void heard() {
        long now = System.nanoTime();
        quietSinceNanos = now;
        if (station != null && station.versioned()) {
            deadlineNanos = now + idleTimeoutNanos;
        }
    }

    @Override
    public boolean pingDue(long nowNanos, long intervalNanos) {
        if (station == null || !station.versioned() || nowNanos - quietSinceNanos < intervalNanos) {
            return false;
        }
        quietSinceNanos = nowNanos; // one ping per quiet interval
        return true;
    }

    @Override
    public void ping() {
        try {
            session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
        } catch (IOException | RuntimeException e) {
            // the connection is going; its deadline or close ends it
        }
    }

    @Override
    public long deadlineNanos() {
        return deadlineNanos;
    }

    @Override
    public void expire() {
        close(session, CloseCodes.GOING_AWAY, station != null && station.versioned() ? "idle timeout" : "no version in time");
    }

    @OnClose
    public void closed(Session s, CloseReason reason) {
        deadlines.forget(this);
        if (station != null) {
            station.onClose(reason.getCloseCode().getCode());
        }
    }

    @OnError
    public void error(Session s, Throwable t) {
        // a station gone without a close frame, an idle timeout, or a message above the limit
        socketLog.warn("gs.station.traffic.error." + t.getClass().getSimpleName(), "gs.station.traffic.error error=\"" + t + "\"");
    }

    static void close(Session session, CloseReason.CloseCode code, String reason) {
        try {
            session.close(new CloseReason(code, fit(reason)));
        } catch (IOException | RuntimeException e) {
            // already gone
        }
    }

    /** A close reason is at most 123 bytes of UTF-8. */
    static String fit(String reason) {
        String r = reason == null ? "" : reason;
        while (r.getBytes(StandardCharsets.UTF_8).length > 123) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }

    /** The non-blocking sending side: the first message (router_config) starts the queue. */
    private static final class Channel implements StationChannel {
        private final Session session;
        private final OutboundQueue queue;
        private boolean started;

        Channel(Session session) {
            this.session = session;
            this.queue = new OutboundQueue(session, QUEUE_LIMIT);
        }

        @Override
        public boolean send(String text) {
            try {
                boolean first;
                synchronized (this) {
                    first = !started;
                    started = true;
                }
                if (first) {
                    queue.start(text);
                } else {
                    queue.send(text);
                }
                return session.isOpen();
            } catch (IllegalStateException e) {
                return false;
            }
        }

        @Override
        public void close(int code, String reason) {
            queue.close();
            TrafficSocket.close(session, CloseCodes.getCloseCode(code), reason);
        }
    }
}
