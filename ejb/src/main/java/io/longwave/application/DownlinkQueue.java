package io.longwave.application;

import io.longwave.platform.redis.RedisClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The Application Server's downlink queue per device, in Redis list {@code lw:as:down:<app>/<dev>}
 * so that every node sees it: the API pushes or replaces, the Network Server takes from the head when
 * it has a transmission opportunity.
 */
@ApplicationScoped
public class DownlinkQueue {

    public static final int MAX_LENGTH = 16;

    @Inject
    RedisClient redis;

    public static String key(String ref) {
        return "lw:as:down:" + ref;
    }

    /** @return false when the queue is full */
    public boolean push(String ref, List<QueuedDownlink> items) {
        if (redis.pool().llen(key(ref)) + items.size() > MAX_LENGTH) {
            return false;
        }
        redis.pool().rpush(key(ref), items.stream().map(i -> i.toJson().toString()).toArray(String[]::new));
        return true;
    }

    public void replace(String ref, List<QueuedDownlink> items) {
        redis.pool().del(key(ref));
        if (!items.isEmpty()) {
            redis.pool().rpush(key(ref), items.stream().map(i -> i.toJson().toString()).toArray(String[]::new));
        }
    }

    /** Puts an item back at the head (a confirmed downlink to retry). */
    public void requeue(String ref, QueuedDownlink item) {
        redis.pool().lpush(key(ref), item.toJson().toString());
    }

    public List<QueuedDownlink> list(String ref) {
        return redis.pool().lrange(key(ref), 0, -1).stream().map(QueuedDownlink::parse).toList();
    }

    /** @return the head of the queue, or null */
    public QueuedDownlink take(String ref) {
        String json = redis.pool().lpop(key(ref));
        return json == null ? null : QueuedDownlink.parse(json);
    }

    public long length(String ref) {
        return redis.pool().llen(key(ref));
    }
}
