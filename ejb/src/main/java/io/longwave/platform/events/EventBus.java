package io.longwave.platform.events;

import io.longwave.platform.redis.RedisClient;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import redis.clients.jedis.JedisPubSub;

/**
 * Live events across the cluster: every node publishes to Redis channel {@code lw:events:<app>},
 * and one subscriber thread per node fans the events of subscribed applications out to local
 * listeners (server-sent event and websocket streams). Live means live: an event nobody listens to
 * is not kept.
 */
@ApplicationScoped
public class EventBus {

    private static final Logger LOG = Logger.getLogger(EventBus.class.getName());
    private static final String PREFIX = "lw:events:";

    @Inject
    RedisClient redis;

    @Inject
    MetricRegistry metrics;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedThreadFactory threads;

    private final Map<String, Set<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private volatile JedisPubSub subscriber;
    private volatile Thread thread;

    public void publish(Event event) {
        redis.pool().publish(PREFIX + event.applicationId(), event.toJson().toString());
    }

    /** @return a handle that stops the subscription when closed */
    public AutoCloseable subscribe(String applicationId, Consumer<String> listener) {
        ensureSubscriber();
        // add and remove inside compute, so that an emptied set is dropped without losing a concurrent add
        listeners.compute(applicationId, (k, set) -> {
            Set<Consumer<String>> s = set == null ? new CopyOnWriteArraySet<>() : set;
            s.add(listener);
            return s;
        });
        return () -> listeners.computeIfPresent(applicationId, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Local listeners of every application, the {@code events_listeners} gauge: a stream that never unsubscribes shows here. */
    public int listenerCount() {
        return listeners.values().stream().mapToInt(Set::size).sum();
    }

    @PostConstruct
    void registerGauge() {
        metrics.gauge("events_listeners", this, EventBus::listenerCount);
    }

    private synchronized void ensureSubscriber() {
        if (thread != null && thread.isAlive()) {
            return;
        }
        JedisPubSub s = new JedisPubSub() {
            @Override
            public void onPMessage(String pattern, String channel, String message) {
                Set<Consumer<String>> set = listeners.get(channel.substring(PREFIX.length()));
                if (set != null) {
                    for (Consumer<String> l : set) {
                        try {
                            l.accept(message);
                        } catch (RuntimeException e) {
                            set.remove(l); // a broken stream unsubscribes itself
                        }
                    }
                }
            }
        };
        subscriber = s;
        Thread t = threads.newThread(() -> {
            while (subscriber == s) {
                try {
                    redis.pool().psubscribe(s, PREFIX + "*");
                } catch (RuntimeException e) {
                    LOG.warning("events.subscriber-lost error=\"" + e.getMessage() + "\"");
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException ie) {
                        return;
                    }
                }
            }
        });
        t.setName("longwave-events");
        thread = t;
        t.start();
        // psubscribe is asynchronous: wait until Redis confirmed it, so no event published after
        // subscribe() returns is missed
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (!s.isSubscribed() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @PreDestroy
    void stop() {
        JedisPubSub s = subscriber;
        subscriber = null;
        if (s != null && s.isSubscribed()) {
            s.punsubscribe();
        }
    }
}
