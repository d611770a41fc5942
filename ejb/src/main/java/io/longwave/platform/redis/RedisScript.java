package io.longwave.platform.redis;

import java.util.List;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script run by its digest, so that Redis need not hash its text on every call; loaded on first
 * use and again when Redis has lost it (a restart or SCRIPT FLUSH).
 */
public final class RedisScript {

    private final String text;
    private volatile String sha;

    public RedisScript(String text) {
        this.text = text;
    }

    public Object run(JedisPooled redis, List<String> keys, List<String> args) {
        try {
            String digest = sha;
            if (digest == null) {
                digest = redis.scriptLoad(text);
                sha = digest;
            }
            return redis.evalsha(digest, keys, args);
        } catch (JedisNoScriptException e) {
            sha = null;
            return redis.eval(text, keys, args);
        }
    }
}
