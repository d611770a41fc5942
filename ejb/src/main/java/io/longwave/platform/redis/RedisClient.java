package io.longwave.platform.redis;

import io.longwave.platform.config.RedisAddress;
import io.longwave.platform.config.ServerSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;

/**
 * The one Redis connection pool of this node (The Things Stack's TTN_LW_REDIS_ADDRESS,
 * TTN_LW_REDIS_PASSWORD, TTN_LW_REDIS_DATABASE). Connections are made on first use, so a Redis
 * outage shows in readiness rather than stopping deployment.
 */
@ApplicationScoped
public class RedisClient {

    private volatile JedisPooled pool;

    public JedisPooled pool() {
        JedisPooled p = pool;
        if (p == null) {
            synchronized (this) {
                p = pool;
                if (p == null) {
                    p = open();
                    pool = p;
                }
            }
        }
        return p;
    }

    private static JedisPooled open() {
        RedisAddress address = RedisAddress.parse("TTN_LW_REDIS_ADDRESS", ServerSettings.value("TTN_LW_REDIS_ADDRESS", "localhost:6379"));
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(2000)
                .socketTimeoutMillis(2000)
                .database(Integer.parseInt(ServerSettings.value("TTN_LW_REDIS_DATABASE", "0")))
                .clientName("longwave");
        String password = ServerSettings.value("TTN_LW_REDIS_PASSWORD", "");
        if (!password.isEmpty()) {
            config.password(password);
        }
        // Jedis' default of 8 connections starves the uplink path (UDP delivery, dedup windows, timers
        // and storage all borrow at once); idle connections are kept so a burst opens none.
        int size = Integer.parseInt(ServerSettings.value("LW_REDIS_POOL_SIZE", "32"));
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(size);
        pool.setMaxIdle(size);
        pool.setMinIdle(Math.min(size, 8));
        return new JedisPooled(new HostAndPort(address.host(), address.port()), config.build(), pool);
    }

    /** @return Redis's answer to PING; throws when Redis cannot be reached */
    public String ping() {
        return pool().ping();
    }

    @PreDestroy
    void close() {
        JedisPooled p = pool;
        if (p != null) {
            p.close();
        }
    }
}
