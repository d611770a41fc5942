package io.longwave.identity.application;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.IdentityException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.regex.Pattern;

/**
 * The {@code attributes} of applications, gateways and end devices: a flat map of strings, stored as its
 * JSON text. Keys follow The Things Stack's syntax so that they survive export to it.
 */
public final class Attributes {

    private static final Pattern KEY = Pattern.compile("^[a-z0-9](?:[-]?[a-z0-9]){2,}$");
    private static final int MAX_VALUE = 200;

    private Attributes() {
    }

    /** Validates the field of a request body and returns its stored form ({@code {}} when absent). */
    public static String read(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "{}";
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw IdentityException.invalid(field, "must be an object of strings");
        }
        for (var e : v.asJsonObject().entrySet()) {
            if (!KEY.matcher(e.getKey()).matches() || e.getKey().length() > 36) {
                throw IdentityException.invalid(field, "key `" + e.getKey() + "` must be 3-36 lower-case letters, digits and dashes");
            }
            if (!(e.getValue() instanceof JsonString s) || s.getString().length() > MAX_VALUE) {
                throw IdentityException.invalid(field, "value of `" + e.getKey() + "` must be a string of at most " + MAX_VALUE);
            }
        }
        return v.asJsonObject().toString();
    }

    /** The stored JSON object text back as JSON. */
    public static JsonObject parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader r = Jsonp.createReader(new StringReader(stored))) {
            return r.readObject();
        }
    }
}
