package io.longwave.web.events;

import io.longwave.identity.IdentityException;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.auth.BearerAuthentication;
import io.longwave.platform.events.EventStreams;
import io.longwave.platform.events.EventSubscription;
import io.longwave.platform.json.Jsonp;
import io.longwave.platform.logging.RateLimitedLog;
import io.longwave.web.api.ErrorResponses;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * {@code POST /api/v3/events}: live events of applications as server-sent events, each {@code data:}
 * one JSON event ({@code name}, {@code time}, {@code identifiers}, {@code data}, {@code correlation_ids}).
 *
 * <p>A servlet rather than a JAX-RS resource: JAX-RS's SSE writer copies each event byte by byte to
 * escape line breaks, which at thousands of uplinks a second took a fifth of the server's CPU. Events
 * are single-line JSON, so each is written as it is, by the stream's own writer ({@link EventSink}). Authentication and rights are the API's: {@code Authorization: Bearer ...} and
 * traffic-read on every application named.
 */
@WebServlet(urlPatterns = "/api/v3/events", asyncSupported = true)
public class EventStreamServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(EventStreamServlet.class.getName());
    private static final long MAX_REQUEST_BYTES = 64 * 1024;

    @Inject
    transient BearerAuthentication bearer;

    @Inject
    transient EventStreams streams;

    @Resource
    transient ManagedThreadFactory threads;

    private final transient RateLimitedLog refused = new RateLimitedLog(LOG, 10_000);

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String header = req.getHeader("Authorization");
        EventSink sink = new EventSink();
        EventSubscription subscription;
        try {
            Caller caller = header == null || header.isBlank() ? Caller.ANONYMOUS : bearer.authorization(header);
            // subscribed before the response starts, so a refusal is a plain API error; events that come
            // meanwhile wait in the sink
            subscription = streams.open(caller, readRequest(req), sink::send);
        } catch (IdentityException e) {
            refused.warn(e.name(), "api.events_refused reason=\"" + e.getMessage() + "\"");
            resp.setStatus(e.kind().httpStatus());
            resp.setContentType("application/json");
            resp.getOutputStream().write(ErrorResponses.body(e).toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType("text/event-stream");
            resp.setCharacterEncoding("UTF-8");
            resp.setHeader("Cache-Control", "no-cache");
            resp.flushBuffer(); // the client sees the stream open before the first event
            AsyncContext async = req.startAsync();
            async.setTimeout(0);
            sink.start(async, subscription, threads);
        } catch (IOException | RuntimeException e) {
            subscription.close(); // the client went away before the stream started
            throw e;
        }
        // a comment line tells the client the subscription is in place
        sink.comment("subscribed " + String.join(",", subscription.applications()));
        LOG.fine("events.stream.opened applications=" + subscription.applications());
    }

    private static JsonObject readRequest(HttpServletRequest req) throws IOException {
        if (req.getContentLengthLong() > MAX_REQUEST_BYTES) {
            throw IdentityException.invalid("body", "at most " + MAX_REQUEST_BYTES + " bytes");
        }
        try (JsonReader r = Jsonp.createReader(req.getInputStream())) {
            return r.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw IdentityException.invalid("body", "must be a JSON object");
        }
    }
}
