package io.longwave.platform.events;

import io.longwave.platform.redis.RedisClient;
import io.longwave.platform.logging.RateLimitedLog;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.Pipeline;

/**
 * Live events across the cluster: every node publishes to Redis channel {@code lw:events:<app>},
 * and one subscriber thread per node fans the events of subscribed applications out to local
 * listeners (server-sent event and websocket streams). Live means live: an event nobody listens to
 * is not kept.
 *
 * <p>Publishing does not wait for Redis: events go into a bounded outbox that one thread drains,
 * sending whatever has gathered in a single pipelined round trip, in order. An event that finds the
 * outbox full, or that Redis refuses, is counted in {@code events_dropped_total}.
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

    private static final int OUTBOX_CAPACITY = 100_000;
    private static final int BATCH = 256;

    private final Map<String, Set<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final BlockingQueue<String[]> outbox = new ArrayBlockingQueue<>(OUTBOX_CAPACITY);
    private final RateLimitedLog dropLog = new RateLimitedLog(LOG, 10_000);
    private volatile boolean running = true;
    private Counter dropped;
    private volatile JedisPubSub subscriber;
    private volatile Thread thread;

    @PostConstruct
    void startPublisher() {
        dropped = metrics.counter("events_dropped");
        metrics.gauge("events_listeners", this, EventBus::listenerCount);
        Thread t = threads.newThread(this::drainOutbox);
        t.setName("longwave-events-publisher");
        t.start();
    }

    public void publish(Event event) {
        publish(event.applicationId(), event.toJson().toString());
    }

    /** Publishes an event already rendered as text ({@link Event#text}). */
    public void publish(String applicationId, String eventJson) {
        if (!outbox.offer(new String[] {PREFIX + applicationId, eventJson})) {
            dropped.inc();
            dropLog.warn("events.outbox-full", "events.dropped reason=outbox_full capacity=" + OUTBOX_CAPACITY);
        }
    }

    private void drainOutbox() {
        List<String[]> batch = new ArrayList<>(BATCH);
        while (running) {
            try {
                String[] first = outbox.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                outbox.drainTo(batch, BATCH - 1);
                try (Pipeline p = redis.pool().pipelined()) {
                    for (String[] e : batch) {
                        p.publish(e[0], e[1]);
                    }
                    p.sync();
                } catch (RuntimeException e) {
                    dropped.inc(batch.size());
                    dropLog.warn("events.publish-failed", "events.dropped reason=redis count=" + batch.size()
                            + " error=\"" + e.getMessage() + "\"");
                }
                batch.clear();
            } catch (InterruptedException e) {
                return;
            }
        }
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
        running = false;
        JedisPubSub s = subscriber;
        subscriber = null;
        if (s != null && s.isSubscribed()) {
            s.punsubscribe();
        }
    }
}
