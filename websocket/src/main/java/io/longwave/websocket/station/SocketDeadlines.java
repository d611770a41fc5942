package io.longwave.websocket.station;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Closes traffic websockets that outlive their deadline (no {@code version} in time, or silent too long),
 * one after the other on a thread of its own. Liberty's own idle timeout ({@code setMaxIdleTimeout}) is
 * not used: its close waits without bound for the cancelled read's callback on the default executor, so
 * a thousand sockets timing out together hung every executor thread.
 */
@ApplicationScoped
public class SocketDeadlines {

    /** Something that can be closed when its deadline passes. */
    interface Expiring {
        /** @return the {@link System#nanoTime()} after which the socket is closed */
        long deadlineNanos();

        void expire();
    }

    @Resource
    ManagedThreadFactory threads;

    private final Map<Expiring, Boolean> watched = new ConcurrentHashMap<>();
    private ScheduledThreadPoolExecutor scheduler;

    @PostConstruct
    void start() {
        scheduler = new ScheduledThreadPoolExecutor(1, threads);
        scheduler.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    void watch(Expiring socket) {
        watched.put(socket, Boolean.TRUE);
    }

    void forget(Expiring socket) {
        watched.remove(socket);
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Expiring s : watched.keySet()) {
            if (now - s.deadlineNanos() > 0) {
                watched.remove(s);
                try {
                    s.expire();
                } catch (RuntimeException e) {
                    // the connection is gone already; the sweep goes on
                }
            }
        }
    }
}
