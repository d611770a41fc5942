package io.longwave.network.session;

import io.longwave.platform.devices.Component;
import io.longwave.platform.devices.ComponentDevice;
import io.longwave.platform.devices.ComponentDeviceChanged;
import io.longwave.platform.devices.ComponentDeviceStore;
import io.longwave.platform.devices.DeviceKeys;
import io.longwave.platform.redis.RedisClient;
import io.longwave.platform.startup.StartupCompleted;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import redis.clients.jedis.JedisPooled;

/**
 * Mirrors the Network Server registry into the Redis hashes the uplink path reads
 * ({@link NsDeviceKeys}): the profile always, an ABP session when the registry holds one. A session
 * that changes gets a new session ID and its frame counters start again; OTAA sessions made by joins
 * live only in Redis and are left alone here.
 */
@Stateless
public class NsDeviceMirror {

    private static final Logger LOG = Logger.getLogger(NsDeviceMirror.class.getName());

    @Inject
    RedisClient redis;

    @Inject
    ComponentDeviceStore store;

    @Inject
    PendingSessions pending;

    public void onStartup(@Observes StartupCompleted event) {
        int n = 0;
        for (ComponentDevice d : store.all(Component.NS)) {
            mirror(d, false);
            n++;
        }
        LOG.info("ns.mirror.synced devices=" + n);
    }

    public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComponentDeviceChanged change) {
        if (change.component() != Component.NS) {
            return;
        }
        String ref = change.applicationId() + "/" + change.deviceId();
        if (change.device() == null) {
            remove(ref);
        } else {
            mirror(change.device(), true);
        }
    }

    private void mirror(ComponentDevice d, boolean replaceSession) {
        JedisPooled r = redis.pool();
        String key = NsDeviceKeys.device(d.reference());
        JsonObject doc = d.document();
        Map<String, String> current = r.hgetAll(key);
        Map<String, String> h = new HashMap<>();
        h.put("dev_eui", Objects.toString(d.devEui(), ""));
        h.put("join_eui", Objects.toString(d.joinEui(), ""));
        h.put("ver", doc.getString("lorawan_version", "MAC_V1_0_3"));
        h.put("fp", doc.getString("frequency_plan_id", ""));
        h.put("class_c_supported", Boolean.toString(doc.getBoolean("supports_class_c", false)));
        // The Things Stack keeps resets_f_cnt under mac_settings; the top-level form is accepted too
        JsonObject macSettings = doc.getJsonObject("mac_settings");
        h.put("resets", Boolean.toString(doc.getBoolean("resets_f_cnt", false)
                || (macSettings != null && macSettings.getBoolean("resets_f_cnt", false))));
        h.put("mac_settings", doc.getOrDefault("mac_settings", JsonValue.EMPTY_JSON_OBJECT).toString());
        if (d.devEui() != null && d.joinEui() != null) {
            r.set(NsDeviceKeys.euis(d.joinEui(), d.devEui()), d.reference());
        }
        String oldDevEui = current.get("dev_eui");
        if (oldDevEui != null && !oldDevEui.isEmpty() && !oldDevEui.equals(d.devEui())) {
            r.srem(NsDeviceKeys.devEui(oldDevEui), d.reference());
        }
        if (d.devEui() != null) {
            r.sadd(NsDeviceKeys.devEui(d.devEui()), d.reference());
        }
        JsonObject session = doc.getJsonObject("session");
        if (session != null && (replaceSession || current.get("sid") == null)) {
            JsonObject keys = session.getJsonObject("keys");
            String addr = session.getString("dev_addr");
            String kf = DeviceKeys.wrapped(keys, "f_nwk_s_int_key");
            String ks = Objects.requireNonNullElse(DeviceKeys.wrapped(keys, "s_nwk_s_int_key"), kf);
            String ke = Objects.requireNonNullElse(DeviceKeys.wrapped(keys, "nwk_s_enc_key"), kf);
            boolean same = addr.equalsIgnoreCase(current.getOrDefault("addr", "")) && kf.equals(current.get("k_f"))
                    && ks.equals(current.get("k_s")) && ke.equals(current.get("k_e"));
            if (!same) {
                if (current.get("addr") != null && !current.get("addr").isEmpty()) {
                    r.srem(NsDeviceKeys.devAddr((int) Long.parseLong(current.get("addr"), 16)), d.reference());
                }
                pending.discard(d.reference());
                h.put("addr", addr.toUpperCase());
                h.put("k_f", kf);
                h.put("k_s", ks);
                h.put("k_e", ke);
                h.put("sid", UUID.randomUUID().toString());
                h.put("fcnt_up", "-1");
                h.put("nfcnt_down", "0");
                h.put("afcnt_down", "0");
                r.hdel(key, "mac");
                r.sadd(NsDeviceKeys.devAddr((int) Long.parseLong(addr, 16)), d.reference());
            }
        }
        r.hset(key, h);
    }

    private void remove(String ref) {
        JedisPooled r = redis.pool();
        String key = NsDeviceKeys.device(ref);
        Map<String, String> current = r.hgetAll(key);
        String addr = current.get("addr");
        if (addr != null && !addr.isEmpty()) {
            r.srem(NsDeviceKeys.devAddr((int) Long.parseLong(addr, 16)), ref);
        }
        pending.discard(ref);
        String devEui = current.get("dev_eui");
        String joinEui = current.get("join_eui");
        if (devEui != null && !devEui.isEmpty()) {
            r.srem(NsDeviceKeys.devEui(devEui), ref);
        }
        if (devEui != null && !devEui.isEmpty() && joinEui != null && !joinEui.isEmpty()) {
            r.del(NsDeviceKeys.euis(joinEui, devEui));
        }
        r.del(key);
    }
}
