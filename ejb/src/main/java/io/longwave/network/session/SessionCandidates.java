package io.longwave.network.session;

import io.longwave.application.AsDeviceMirror;
import io.longwave.platform.redis.RedisClient;
import io.longwave.platform.redis.RedisScript;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sessions that hold a DevAddr, each with its device hash and its Application Server hash, in one
 * round trip: a script reads the DevAddr's set and both hashes of every member (before, the set and the
 * hashes were two round trips on every uplink). The hash keys are built inside the script from the
 * members, which a single Redis allows and Redis Cluster would not.
 */
@ApplicationScoped
public class SessionCandidates {

    /** One session holding the DevAddr; a hash is empty when its key is gone. */
    public record Candidate(String ref, Map<String, String> device, Map<String, String> application) {
    }

    private static final List<String> HASH_PREFIXES = List.of(NsDeviceKeys.device(""), AsDeviceMirror.key(""));

    private final RedisScript script = new RedisScript("local out = {}"
            + " for _, ref in ipairs(redis.call('SMEMBERS', KEYS[1])) do"
            + " out[#out + 1] = ref"
            + " out[#out + 1] = redis.call('HGETALL', ARGV[1] .. ref)"
            + " out[#out + 1] = redis.call('HGETALL', ARGV[2] .. ref)"
            + " end return out");

    @Inject
    RedisClient redis;

    public List<Candidate> of(int devAddr) {
        Object reply = script.run(redis.pool(), List.of(NsDeviceKeys.devAddr(devAddr)),
                HASH_PREFIXES);
        List<?> flat = list(reply);
        List<Candidate> out = new ArrayList<>(flat.size() / 3);
        for (int i = 0; i + 2 < flat.size(); i += 3) {
            out.add(new Candidate(text(flat.get(i)), hash(flat.get(i + 1)), hash(flat.get(i + 2))));
        }
        return out;
    }

    private static Map<String, String> hash(Object fieldsAndValues) {
        List<?> flat = list(fieldsAndValues);
        Map<String, String> h = new HashMap<>(flat.size());
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            h.put(text(flat.get(i)), text(flat.get(i + 1)));
        }
        return h;
    }

    /** A script's table; over RESP3 an empty one arrives as an empty map. */
    private static List<?> list(Object table) {
        return table instanceof List<?> l ? l : List.of();
    }

    private static String text(Object bulk) {
        return bulk instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : (String) bulk;
    }
}
