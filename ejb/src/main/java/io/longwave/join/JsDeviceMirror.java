package io.longwave.join;

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
import java.util.HashMap;
import java.util.Map;

/**
 * Mirrors the Join Server registry into Redis hash {@code lw:js:dev:<JoinEUI>/<DevEUI>}: the device
 * reference and its wrapped root keys. The nonce state beside them is the Join Server's own and
 * survives registry updates.
 */
@Stateless
public class JsDeviceMirror {

    @Inject
    RedisClient redis;

    @Inject
    ComponentDeviceStore store;

    public static String key(String joinEui, String devEui) {
        return "lw:js:dev:" + joinEui + "/" + devEui;
    }

    public void onStartup(@Observes StartupCompleted event) {
        store.all(Component.JS).forEach(this::mirror);
    }

    public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComponentDeviceChanged change) {
        if (change.component() != Component.JS) {
            return;
        }
        if (change.device() == null) {
            // the EUIs are gone with the row: find the hash by its reference
            String ref = change.applicationId() + "/" + change.deviceId();
            String euis = redis.pool().get("lw:js:ref:" + ref);
            if (euis != null) {
                redis.pool().del("lw:js:dev:" + euis, "lw:js:ref:" + ref);
            }
        } else {
            mirror(change.device());
        }
    }

    private void mirror(ComponentDevice d) {
        if (d.devEui() == null || d.joinEui() == null) {
            return;
        }
        JsonObject roots = d.document().getJsonObject("root_keys");
        Map<String, String> h = new HashMap<>();
        h.put("ref", d.reference());
        String appKey = DeviceKeys.wrapped(roots, "app_key");
        String nwkKey = DeviceKeys.wrapped(roots, "nwk_key");
        h.put("k_app", appKey == null ? "" : appKey);
        h.put("k_nwk", nwkKey == null ? "" : nwkKey);
        redis.pool().hset(key(d.joinEui(), d.devEui()), h);
        redis.pool().set("lw:js:ref:" + d.reference(), d.joinEui() + "/" + d.devEui());
    }
}
