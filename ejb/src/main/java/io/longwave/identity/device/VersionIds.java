package io.longwave.identity.device;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.IdentityException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/** An end device's {@code version_ids} (Device Repository identifiers), stored as JSON text. */
public final class VersionIds {

    static final Set<String> KEYS = Set.of("brand_id", "model_id", "hardware_version", "firmware_version", "band_id");

    private VersionIds() {
    }

    public static String read(JsonObject body) {
        JsonValue v = body.get("version_ids");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "{}";
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw IdentityException.invalid("version_ids", "must be an object");
        }
        JsonObjectBuilder out = Jsonp.createObjectBuilder();
        for (var e : v.asJsonObject().entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw IdentityException.invalid("version_ids", "unknown field `" + e.getKey() + "`; use " + KEYS);
            }
            if (!(e.getValue() instanceof JsonString s) || s.getString().length() > 64) {
                throw IdentityException.invalid("version_ids." + e.getKey(), "must be a string of at most 64 characters");
            }
            out.add(e.getKey(), e.getValue());
        }
        return out.build().toString();
    }
}
