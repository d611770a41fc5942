package io.longwave.web.events;

import io.longwave.platform.events.EventStreams;
import io.longwave.platform.events.EventSubscription;
import io.longwave.web.api.RequestCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v3/events}: live events of applications as server-sent events, each {@code data:}
 * a JSON event ({@code name}, {@code time}, {@code identifiers}, {@code data}, {@code correlation_ids}).
 * The stream ends when the client goes away: the first failed send unsubscribes it.
 */
@Path("/api/v3/events")
@Tag(name = "Events")
public class EventStreamResource {

    private static final Logger LOG = Logger.getLogger(EventStreamResource.class.getName());

    @Inject
    EventStreams streams;

    @Inject
    RequestCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Stream the live events of applications and end devices (server-sent events)")
    public void stream(JsonObject request, @Context SseEventSink sink, @Context Sse sse) {
        AtomicReference<EventSubscription> subscription = new AtomicReference<>();
        Runnable close = () -> {
            EventSubscription s = subscription.get();
            if (s != null) {
                s.close();
            }
            try {
                sink.close();
            } catch (RuntimeException ignored) {
                // already closed by the client
            }
        };
        EventSubscription opened = streams.open(caller.get(), request, json -> {
            if (sink.isClosed()) {
                throw new IllegalStateException("stream closed");
            }
            synchronized (sink) {
                sink.send(sse.newEventBuilder().data(json).build()).whenComplete((r, e) -> {
                    if (e != null) {
                        close.run();
                    }
                });
            }
        });
        subscription.set(opened);
        Set<String> apps = opened.applications();
        // a comment line tells the client the subscription is in place
        sink.send(sse.newEventBuilder().comment("subscribed " + String.join(",", apps)).build());
        LOG.fine("events.stream.opened applications=" + apps);
    }
}
