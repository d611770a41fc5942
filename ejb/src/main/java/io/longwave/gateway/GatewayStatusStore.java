package io.longwave.gateway;

import io.longwave.platform.cluster.NodeIdentity;
import io.longwave.platform.redis.RedisClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gateway connection state shared by every node (Redis hash {@code lw:gw:status:<gateway_id>}):
 * last seen, protocol, the node holding the connection, round-trip time, the forwarder's last
 * {@code stat} and its reported location. "Last seen" is written at most once a second per gateway,
 * so a busy gateway does not cost a Redis write per datagram.
 */
@ApplicationScoped
public class GatewayStatusStore {

    private static final long TOUCH_INTERVAL_NANOS = 1_000_000_000L;
    /** A gateway not heard for this long is shown disconnected. */
    public static final long CONNECTION_TTL_SECONDS = 90;

    @Inject
    RedisClient redis;

    @Inject
    NodeIdentity node;

    private final Map<String, Long> lastTouch = new ConcurrentHashMap<>();

    public static String key(String gatewayId) {
        return "lw:gw:status:" + gatewayId;
    }

    public void seen(GatewayEntry gateway, String protocol, String remote) {
        long now = System.nanoTime();
        Long last = lastTouch.get(gateway.gatewayId());
        if (last != null && now - last < TOUCH_INTERVAL_NANOS) {
            return;
        }
        lastTouch.put(gateway.gatewayId(), now);
        Map<String, String> h = new HashMap<>();
        h.put("last_seen_at", Instant.now().toString());
        h.put("protocol", protocol);
        h.put("node", node.id());
        h.put("remote_addr", remote);
        redis.pool().hset(key(gateway.gatewayId()), h);
    }

    public void connected(GatewayEntry gateway, String protocol) {
        Map<String, String> h = new HashMap<>();
        h.put("connected_at", Instant.now().toString());
        h.put("protocol", protocol);
        redis.pool().hset(key(gateway.gatewayId()), h);
    }

    /** Records a Semtech {@code stat} object (or the same figures from another protocol). */
    public void stats(GatewayEntry gateway, JsonObject stat) {
        Map<String, String> h = new HashMap<>();
        h.put("stats", stat.toString());
        h.put("stats_at", Instant.now().toString());
        if (stat.get("lati") instanceof JsonNumber lat && stat.get("long") instanceof JsonNumber lon) {
            h.put("latitude", Double.toString(lat.doubleValue()));
            h.put("longitude", Double.toString(lon.doubleValue()));
            if (stat.get("alti") instanceof JsonNumber alt) {
                h.put("altitude", Integer.toString(alt.intValue()));
            }
        }
        redis.pool().hset(key(gateway.gatewayId()), h);
    }

    public void roundTrip(String gatewayId, long rttMillis) {
        redis.pool().hset(key(gatewayId), "rtt_ms", Long.toString(rttMillis));
    }

    public Map<String, String> read(String gatewayId) {
        return redis.pool().hgetAll(key(gatewayId));
    }
}
