package io.longwave.network.session;

import io.longwave.application.AsDeviceMirror;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.platform.redis.RedisClient;
import io.longwave.platform.secrets.KeyVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import redis.clients.jedis.JedisPooled;

/**
 * The session a rejoin's join-accept announces, kept beside the current one until the device uses
 * it (LoRaWAN 1.1 section 6.2.4: the device may miss the join-accept and go on with the old
 * context). Network keys and DevAddr live as {@code p_*} fields in the device's Network Server hash,
 * the AppSKey as {@code p_*} fields in the Application Server's hash; {@link NsDeviceKeys#pendingDevAddr}
 * indexes them by DevAddr.
 */
@ApplicationScoped
public class PendingSessions {

    private static final String[] NS_FIELDS = {"p_addr", "p_k_f", "p_k_s", "p_k_e", "p_sid", "p_keep"};
    private static final String[] AS_FIELDS = {"p_addr", "p_k_a", "p_sid"};

    /**
     * Makes the pending session current in one step, only if it is still the one that was matched and
     * the current DevAddr is still the one read (a join or another promotion in between wins).
     * KEYS: NS hash, AS hash, current DevAddr set, new DevAddr set, pending DevAddr set.
     * ARGV: pending session ID, device reference, current DevAddr ('' for none), '1' to keep the MAC state.
     */
    private static final String PROMOTE = "if redis.call('HGET', KEYS[1], 'p_sid') ~= ARGV[1] then return 0 end"
            + " if (redis.call('HGET', KEYS[1], 'addr') or '') ~= ARGV[3] then return 0 end"
            + " local p = redis.call('HMGET', KEYS[1], 'p_addr', 'p_k_f', 'p_k_s', 'p_k_e')"
            + " local a = redis.call('HGET', KEYS[2], 'p_k_a')"
            + " if ARGV[3] ~= '' then redis.call('SREM', KEYS[3], ARGV[2]) end"
            + " redis.call('SREM', KEYS[5], ARGV[2])"
            + " redis.call('SADD', KEYS[4], ARGV[2])"
            + " redis.call('HSET', KEYS[1], 'addr', p[1], 'k_f', p[2], 'k_s', p[3], 'k_e', p[4], 'sid', ARGV[1],"
            + "   'fcnt_up', '-1', 'nfcnt_down', '0', 'afcnt_down', '0', 'class_c', 'false')"
            + " redis.call('HDEL', KEYS[1], 'p_addr', 'p_k_f', 'p_k_s', 'p_k_e', 'p_sid', 'p_keep', 'rj0',"
            + "   'conf_pending', 'conf_down')"
            + " if ARGV[4] ~= '1' then redis.call('HDEL', KEYS[1], 'mac') end"
            + " if a then redis.call('HSET', KEYS[2], 'addr', p[1], 'k_a', a, 'sid', ARGV[1]) end"
            + " redis.call('HDEL', KEYS[2], 'p_addr', 'p_k_a', 'p_sid')"
            + " return 1";

    /**
     * A pending session as read from the device's hash.
     *
     * @param keepsMacState rejoin type 2: the device keeps its radio parameters, so the MAC state stays
     */
    public record Pending(String ref, int devAddr, String fNwkSIntKey, String sNwkSIntKey, String nwkSEncKey,
                          String sessionId, boolean keepsMacState, Integer currentDevAddr, NsDevice device) {

        static Pending of(String ref, Map<String, String> h) {
            String addr = h.get("p_addr");
            NsDevice d = NsDevice.fromHash(ref, h);
            if (addr == null || addr.isEmpty() || d == null) {
                return null;
            }
            return new Pending(ref, (int) Long.parseLong(addr, 16), h.get("p_k_f"), h.get("p_k_s"), h.get("p_k_e"),
                    h.get("p_sid"), "1".equals(h.get("p_keep")), d.devAddr(), d);
        }
    }

    @Inject
    RedisClient redis;

    @Inject
    KeyVault vault;

    /**
     * Records the session of an answered rejoin, replacing an earlier pending one (the device missed
     * that join-accept and asked again).
     *
     * @return the pending session's ID
     */
    public String store(String ref, int devAddr, AesKey fNwkSIntKey, AesKey sNwkSIntKey, AesKey nwkSEncKey,
                        AesKey appSKey, boolean keepsMacState) {
        JedisPooled r = redis.pool();
        unindex(r, ref, r.hget(NsDeviceKeys.device(ref), "p_addr"));
        String sid = UUID.randomUUID().toString();
        String addr = String.format("%08X", devAddr);
        r.hset(NsDeviceKeys.device(ref), Map.of("p_addr", addr, "p_k_f", vault.wrap(fNwkSIntKey),
                "p_k_s", vault.wrap(sNwkSIntKey), "p_k_e", vault.wrap(nwkSEncKey), "p_sid", sid,
                "p_keep", keepsMacState ? "1" : "0"));
        r.hset(AsDeviceMirror.key(ref), Map.of("p_addr", addr, "p_k_a", vault.wrap(appSKey), "p_sid", sid));
        r.sadd(NsDeviceKeys.pendingDevAddr(devAddr), ref);
        return sid;
    }

    /** Pending sessions with this DevAddr; empty (one SMEMBERS) in the usual case of none. */
    public List<Pending> withDevAddr(int devAddr) {
        Set<String> refs = redis.pool().smembers(NsDeviceKeys.pendingDevAddr(devAddr));
        return refs.stream()
                .map(ref -> Pending.of(ref, redis.pool().hgetAll(NsDeviceKeys.device(ref))))
                .filter(p -> p != null && p.devAddr() == devAddr)
                .toList();
    }

    /** @return false when the pending session changed or was made current meanwhile */
    public boolean promote(Pending p) {
        String current = p.currentDevAddr() == null ? "" : String.format("%08X", p.currentDevAddr());
        String currentSet = p.currentDevAddr() == null ? NsDeviceKeys.devAddr(0) : NsDeviceKeys.devAddr(p.currentDevAddr());
        Object done = redis.pool().eval(PROMOTE,
                List.of(NsDeviceKeys.device(p.ref()), AsDeviceMirror.key(p.ref()), currentSet,
                        NsDeviceKeys.devAddr(p.devAddr()), NsDeviceKeys.pendingDevAddr(p.devAddr())),
                List.of(p.sessionId(), p.ref(), current, p.keepsMacState() ? "1" : "0"));
        return Long.valueOf(1).equals(done);
    }

    /** Forgets a pending session and the rejoin counter: a join or a registry change replaced the session. */
    public void discard(String ref) {
        JedisPooled r = redis.pool();
        unindex(r, ref, r.hget(NsDeviceKeys.device(ref), "p_addr"));
        String[] ns = java.util.Arrays.copyOf(NS_FIELDS, NS_FIELDS.length + 1);
        ns[NS_FIELDS.length] = "rj0";
        r.hdel(NsDeviceKeys.device(ref), ns);
        r.hdel(AsDeviceMirror.key(ref), AS_FIELDS);
    }

    private static void unindex(JedisPooled r, String ref, String addr) {
        if (addr != null && !addr.isEmpty()) {
            r.srem(NsDeviceKeys.pendingDevAddr((int) Long.parseLong(addr, 16)), ref);
        }
    }
}
