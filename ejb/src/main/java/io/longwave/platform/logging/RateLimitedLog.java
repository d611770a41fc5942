package io.longwave.platform.logging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs bad input at most once per interval per key, with the number suppressed since, so that a
 * misbehaving or hostile peer cannot flood the log. Messages are key=value for structured search.
 */
public final class RateLimitedLog {

    private final Logger logger;
    private final long intervalNanos;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        volatile long openedAt;
        final AtomicLong suppressed = new AtomicLong();

        Window(long openedAt) {
            this.openedAt = openedAt;
        }
    }

    public RateLimitedLog(Logger logger, long intervalMillis) {
        this.logger = logger;
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    /** @return true when the message was written, false when it was counted as suppressed */
    public boolean warn(String key, String message) {
        long now = System.nanoTime();
        Window w = windows.computeIfAbsent(key, k -> new Window(now - intervalNanos));
        synchronized (w) {
            if (now - w.openedAt < intervalNanos) {
                w.suppressed.incrementAndGet();
                return false;
            }
            w.openedAt = now;
        }
        long suppressed = w.suppressed.getAndSet(0);
        logger.log(Level.WARNING, suppressed == 0 ? message : message + " suppressed=" + suppressed);
        if (windows.size() > 10_000) {
            windows.clear(); // keys come from input; never let them grow without bound
        }
        return true;
    }
}
