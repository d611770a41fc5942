package io.longwave.network.session;

import io.longwave.platform.redis.RedisClient;
import io.longwave.platform.redis.RedisScript;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records an accepted data uplink in the device's hash in one Redis round trip: the FCnt is taken by
 * compare-and-set (the session must be the one the MIC matched, the counter must be higher unless
 * the session was reset), the MAC layer's and downlink path's fields are written with it, a settled
 * confirmed downlink is cleared, and the length of the application downlink queue is read back. A
 * replay racing on another node loses the compare-and-set and nothing of it is written.
 */
@ApplicationScoped
public class UplinkStateCommit {

    /** KEYS: device hash, downlink queue. ARGV: sid, fcnt, reset, clear conf_pending, field/value pairs. */
    private final RedisScript script = new RedisScript("local h = KEYS[1]"
            + " if redis.call('HGET', h, 'sid') ~= ARGV[1] then return -1 end"
            + " local c = redis.call('HGET', h, 'fcnt_up')"
            + " if not ((c == false) or (tonumber(c) < tonumber(ARGV[2])) or (ARGV[3] == '1')) then return -1 end"
            + " redis.call('HSET', h, 'fcnt_up', ARGV[2], unpack(ARGV, 5))"
            + " if ARGV[4] == '1' then redis.call('HDEL', h, 'conf_pending') end"
            + " return redis.call('LLEN', KEYS[2])");

    @Inject
    RedisClient redis;

    /**
     * @param queueKey the device's application downlink queue
     * @return the queue's length after the commit, or -1 when the FCnt was already taken (or the
     *         session replaced) and nothing was written
     */
    public long commit(String ref, String sessionId, long fCnt, boolean reset, boolean clearConfirmed,
                       Map<String, String> fields, String queueKey) {
        List<String> args = new ArrayList<>(4 + fields.size() * 2);
        args.add(sessionId);
        args.add(Long.toString(fCnt));
        args.add(reset ? "1" : "0");
        args.add(clearConfirmed ? "1" : "0");
        fields.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        List<String> keys = List.of(NsDeviceKeys.device(ref), queueKey);
        Object r = script.run(redis.pool(), keys, args);
        return r instanceof Long n ? n : -1;
    }
}
