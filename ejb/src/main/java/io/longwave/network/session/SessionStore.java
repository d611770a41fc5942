package io.longwave.network.session;

import io.longwave.application.AsDeviceMirror;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.platform.redis.RedisClient;
import io.longwave.platform.secrets.KeyVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import redis.clients.jedis.JedisPooled;

/**
 * Starts a new session for a device after a join: wrapped keys, fresh counters and MAC state in the
 * Network Server's hash, the DevAddr index moved, the AppSKey handed to the Application Server.
 */
@ApplicationScoped
public class SessionStore {

    @Inject
    RedisClient redis;

    @Inject
    KeyVault vault;

    @Inject
    PendingSessions pending;

    /** @return the new session ID */
    public String start(String ref, int devAddr, AesKey fNwkSIntKey, AesKey sNwkSIntKey, AesKey nwkSEncKey, AesKey appSKey) {
        JedisPooled r = redis.pool();
        // a join-request means the device dropped every context, a rejoin's pending one too
        pending.discard(ref);
        String key = NsDeviceKeys.device(ref);
        String old = r.hget(key, "addr");
        if (old != null && !old.isEmpty()) {
            r.srem(NsDeviceKeys.devAddr((int) Long.parseLong(old, 16)), ref);
        }
        String sid = UUID.randomUUID().toString();
        Map<String, String> h = new HashMap<>();
        h.put("addr", String.format("%08X", devAddr));
        h.put("k_f", vault.wrap(fNwkSIntKey));
        h.put("k_s", vault.wrap(sNwkSIntKey));
        h.put("k_e", vault.wrap(nwkSEncKey));
        h.put("sid", sid);
        h.put("fcnt_up", "-1");
        h.put("nfcnt_down", "0");
        h.put("afcnt_down", "0");
        h.put("class_c", "false");
        r.hdel(key, "mac", "conf_pending", "conf_down");
        r.hset(key, h);
        r.sadd(NsDeviceKeys.devAddr(devAddr), ref);
        r.hset(AsDeviceMirror.key(ref), Map.of("addr", String.format("%08X", devAddr), "k_a", vault.wrap(appSKey), "sid", sid));
        return sid;
    }
}
