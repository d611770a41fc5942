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
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Closes traffic websockets that outlive their deadline (no {@code version} in time, or silent too long),
 * one after the other on a thread of its own, and pings connected stations that have been quiet for
 * {@code lw.gs.station.ping-interval-ms} (30 s) so that a live but quiet station answers with a pong and
 * stays, while a dead connection reaches its deadline. Pings go out on another thread, so that a write
 * to a stalled peer cannot hold up the closing. Liberty's own idle timeout ({@code setMaxIdleTimeout}) is
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

        /** @return whether the socket wants a ping now (connected and quiet since {@code quietSinceNanos}) */
        boolean pingDue(long nowNanos, long intervalNanos);

        void ping();
    }

    @Resource
    ManagedThreadFactory threads;

    private final Map<Expiring, Boolean> watched = new ConcurrentHashMap<>();
    private ScheduledThreadPoolExecutor scheduler;
    private ScheduledThreadPoolExecutor pinger;
    private long pingIntervalNanos;

    @PostConstruct
    void start() {
        pingIntervalNanos = ConfigProvider.getConfig().getOptionalValue("lw.gs.station.ping-interval-ms", Long.class)
                .orElse(30_000L) * 1_000_000;
        scheduler = new ScheduledThreadPoolExecutor(1, threads);
        pinger = new ScheduledThreadPoolExecutor(1, threads);
        scheduler.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
        pinger.shutdownNow();
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
            } else if (s.pingDue(now, pingIntervalNanos)) {
                pinger.execute(() -> {
                    try {
                        s.ping();
                    } catch (RuntimeException e) {
                        // gone; its deadline closes it
                    }
                });
            }
        }
    }
}
