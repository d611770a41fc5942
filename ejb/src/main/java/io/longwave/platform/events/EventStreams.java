package io.longwave.platform.events;

import io.longwave.identity.auth.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Opens a live event stream for a {@code POST /api/v3/events} request, whatever carries it (server-sent
 * events or a websocket): the caller's rights are checked for every application first, then each is
 * subscribed. The sink gets each event as its JSON text; a sink that throws is unsubscribed.
 */
@ApplicationScoped
public class EventStreams {

    @Inject
    EventAccess access;

    @Inject
    EventBus bus;

    /** Throws the {@code IdentityException} of the first refused identifier (400/401/403/404); nothing is subscribed then. */
    public EventSubscription open(Caller caller, JsonObject request, Consumer<String> sink) {
        Set<String> apps = access.applications(caller, request);
        List<AutoCloseable> subscriptions = new ArrayList<>();
        for (String app : apps) {
            subscriptions.add(bus.subscribe(app, sink));
        }
        return new EventSubscription(apps, subscriptions);
    }
}
