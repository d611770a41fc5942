package io.longwave.gateway;

import io.longwave.platform.redis.RedisClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "is this EUI a registered gateway?" for every datagram without a relational query:
 * from a node-local cache of a few seconds, backed by the Redis mirror that {@link GatewayMirror}
 * keeps. Unknown EUIs are cached too, so a flood of strangers costs one Redis read per EUI and period.
 */
@ApplicationScoped
public class GatewayDirectory {

    private static final long TTL_NANOS = 5_000_000_000L;
    private static final int MAX_CACHED = 200_000;

    @Inject
    RedisClient redis;

    private record Cached(GatewayEntry entry, long fetchedAt) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Optional<GatewayEntry> byEui(String euiHex) {
        long now = System.nanoTime();
        Cached c = cache.get(euiHex);
        if (c == null || now - c.fetchedAt > TTL_NANOS) {
            GatewayEntry e = GatewayEntry.fromHash(redis.pool().hgetAll(GatewayEntry.key(euiHex)));
            if (cache.size() > MAX_CACHED) {
                cache.clear(); // EUIs come from the network; never let strangers grow the map without bound
            }
            c = new Cached(e, now);
            cache.put(euiHex, c);
        }
        return Optional.ofNullable(c.entry);
    }

    /** Drops the cached answer for an EUI, after the registry changed it on this node. */
    public void forget(String euiHex) {
        cache.remove(euiHex);
    }
}
