package io.longwave.identity.api;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityId;
import io.longwave.identity.IdentityException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading typed fields from request JSON with errors that name the field, and writing common ones. */
public final class JsonFields {

    private JsonFields() {
    }

    public static JsonObject object(JsonObject parent, String name) {
        JsonValue v = parent == null ? null : parent.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw IdentityException.invalid(name, "must be an object");
        }
        return v.asJsonObject();
    }

    public static Optional<String> string(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(v instanceof JsonString s)) {
            throw IdentityException.invalid(name, "must be a string");
        }
        return Optional.of(s.getString());
    }

    public static String requiredString(JsonObject o, String name) {
        return string(o, name).filter(s -> !s.isEmpty())
                .orElseThrow(() -> IdentityException.invalid(name, "is required"));
    }

    public static Optional<Boolean> bool(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (v == JsonValue.TRUE) {
            return Optional.of(true);
        }
        if (v == JsonValue.FALSE) {
            return Optional.of(false);
        }
        throw IdentityException.invalid(name, "must be true or false");
    }

    /** A 32-bit number; The Things Stack sends these as JSON numbers. */
    public static Optional<Integer> integer(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return Optional.of(n.intValueExact());
            } catch (ArithmeticException e) {
                throw IdentityException.invalid(name, "is out of range");
            }
        }
        if (v instanceof JsonString s) {
            try {
                return Optional.of(Integer.parseInt(s.getString()));
            } catch (NumberFormatException e) {
                throw IdentityException.invalid(name, "must be a whole number");
            }
        }
        throw IdentityException.invalid(name, "must be a whole number");
    }

    public static Optional<Instant> timestamp(JsonObject o, String name) {
        return string(o, name).filter(s -> !s.isEmpty()).map(s -> {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                throw IdentityException.invalid(name, "must be an RFC 3339 time such as 2026-01-31T12:00:00Z");
            }
        });
    }

    public static List<String> strings(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw IdentityException.invalid(name, "must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonValue e : (JsonArray) v) {
            if (!(e instanceof JsonString s)) {
                throw IdentityException.invalid(name, "must be an array of strings");
            }
            out.add(s.getString());
        }
        return out;
    }

    /** {@code {"application_id":"x"}} */
    public static JsonObject ids(EntityId id) {
        return Jsonp.createObjectBuilder().add(id.kind().idField(), id.id()).build();
    }

    public static void timestamp(JsonObjectBuilder b, String name, Instant value) {
        if (value != null) {
            b.add(name, value.toString());
        }
    }

    /** Keeps {@code ids}, {@code created_at} and {@code updated_at}, plus whatever the mask selects. */
    public static JsonObject masked(JsonObject full, FieldMask mask) {
        if (mask.isEmpty()) {
            return full;
        }
        JsonObjectBuilder b = Jsonp.createObjectBuilder();
        full.forEach((k, v) -> {
            if (k.equals("ids") || k.equals("created_at") || k.equals("updated_at") || mask.selects(k)) {
                b.add(k, v);
            }
        });
        return b.build();
    }
}
