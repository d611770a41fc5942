package io.longwave.application;

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
 * Mirrors the Application Server registry into Redis hash {@code lw:as:dev:<app>/<dev>}: the
 * payload formatter and an ABP session's AppSKey (wrapped). Joins write the AppSKey there too.
 */
@Stateless
public class AsDeviceMirror {

    @Inject
    RedisClient redis;

    @Inject
    ComponentDeviceStore store;

    public static String key(String ref) {
        return "lw:as:dev:" + ref;
    }

    public void onStartup(@Observes StartupCompleted event) {
        for (ComponentDevice d : store.all(Component.AS)) {
            mirror(d, false);
        }
    }

    public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComponentDeviceChanged change) {
        if (change.component() != Component.AS) {
            return;
        }
        if (change.device() == null) {
            redis.pool().del(key(change.applicationId() + "/" + change.deviceId()));
        } else {
            mirror(change.device(), true);
        }
    }

    private void mirror(ComponentDevice d, boolean replaceSession) {
        String key = key(d.reference());
        JsonObject doc = d.document();
        Map<String, String> h = new HashMap<>();
        JsonObject formatters = doc.getJsonObject("formatters");
        h.put("formatter", formatters == null ? "" : formatters.getString("up_formatter", ""));
        JsonObject session = doc.getJsonObject("session");
        if (session != null && (replaceSession || !redis.pool().hexists(key, "k_a"))) {
            h.put("addr", session.getString("dev_addr").toUpperCase());
            h.put("k_a", DeviceKeys.wrapped(session.getJsonObject("keys"), "app_s_key"));
        }
        redis.pool().hset(key, h);
    }
}
