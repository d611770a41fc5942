package io.longwave.platform.events;

import java.util.List;
import java.util.Set;

/** An open live-event stream of some applications; closing it unsubscribes from every one. */
public final class EventSubscription implements AutoCloseable {

    private final Set<String> applications;
    private final List<AutoCloseable> subscriptions;

    EventSubscription(Set<String> applications, List<AutoCloseable> subscriptions) {
        this.applications = Set.copyOf(applications);
        this.subscriptions = List.copyOf(subscriptions);
    }

    public Set<String> applications() {
        return applications;
    }

    @Override
    public void close() {
        for (AutoCloseable s : subscriptions) {
            try {
                s.close();
            } catch (Exception ignored) {
                // removing a listener from a set cannot fail in a way that matters
            }
        }
    }
}
