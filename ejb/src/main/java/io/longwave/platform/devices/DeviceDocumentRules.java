package io.longwave.platform.devices;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.plan.FrequencyPlans;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Set;

/** What each registry requires of a device document before it stores it; problems name the field. */
public final class DeviceDocumentRules {

    public static final Set<String> MAC_VERSIONS = Set.of("MAC_V1_0", "MAC_V1_0_1", "MAC_V1_0_2", "MAC_V1_0_3",
            "MAC_V1_0_4", "MAC_V1_1");

    private DeviceDocumentRules() {
    }

    /** @return {@code doc} unchanged; throws IllegalArgumentException with the field and the problem */
    public static JsonObject check(Component c, JsonObject doc) {
        switch (c) {
            case NS -> {
                String version = doc.getString("lorawan_version", null);
                if (version != null && !MAC_VERSIONS.contains(version)) {
                    throw new IllegalArgumentException("lorawan_version: one of " + MAC_VERSIONS);
                }
                if (doc.get("frequency_plan_id") instanceof JsonString fp) {
                    try {
                        FrequencyPlans.byId(fp.getString());
                    } catch (LorawanException e) {
                        throw new IllegalArgumentException("frequency_plan_id: unknown frequency plan `" + fp.getString() + "`");
                    }
                }
                JsonObject session = doc.getJsonObject("session");
                if (session != null) {
                    requireDevAddr(session);
                    JsonObject keys = session.getJsonObject("keys");
                    requireKey(keys, "session.keys", "f_nwk_s_int_key");
                    if ("MAC_V1_1".equals(version)) {
                        requireKey(keys, "session.keys", "s_nwk_s_int_key");
                        requireKey(keys, "session.keys", "nwk_s_enc_key");
                    }
                }
            }
            case AS -> {
                JsonObject session = doc.getJsonObject("session");
                if (session != null) {
                    requireDevAddr(session);
                    requireKey(session.getJsonObject("keys"), "session.keys", "app_s_key");
                }
            }
            case JS -> {
                JsonObject roots = doc.getJsonObject("root_keys");
                if (roots != null && roots.getJsonObject("app_key") == null && roots.getJsonObject("nwk_key") == null) {
                    throw new IllegalArgumentException("root_keys: needs app_key and/or nwk_key");
                }
            }
            default -> throw new IllegalStateException(c.name());
        }
        return doc;
    }

    private static void requireDevAddr(JsonObject session) {
        if (!(session.get("dev_addr") instanceof JsonString s) || !s.getString().matches("[0-9A-Fa-f]{8}")) {
            throw new IllegalArgumentException("session.dev_addr: must be 8 hexadecimal digits");
        }
    }

    private static void requireKey(JsonObject keys, String where, String name) {
        if (keys == null || keys.getJsonObject(name) == null) {
            throw new IllegalArgumentException(where + "." + name + ": required");
        }
    }
}
