package io.longwave.gateway.udp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per gateway EUI, so that one flooding gateway is cut off without slowing the
 * receiver for the others. Node-local on purpose: a gateway talks to one node.
 */
public final class GatewayRateLimit {

    private final double ratePerSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }

    public GatewayRateLimit(double ratePerSecond, double burst) {
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
    }

    /** @return true when the gateway may send one more datagram now */
    public boolean tryAcquire(String eui, long nowNanos) {
        Bucket b = buckets.computeIfAbsent(eui, k -> new Bucket(burst, nowNanos));
        synchronized (b) {
            double refill = (nowNanos - b.updatedAt) / 1e9 * ratePerSecond;
            b.tokens = Math.min(burst, b.tokens + refill);
            b.updatedAt = nowNanos;
            if (b.tokens < 1) {
                return false;
            }
            b.tokens -= 1;
            return true;
        }
    }
}
