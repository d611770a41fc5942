package io.longwave.cli.lorawan;

import io.longwave.lorawan.LorawanException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The flat field set that {@code encode} reads. The nested objects that {@code decode} prints are
 * flattened into it, so decode output can be fed back; {@code dl_settings} and {@code cf_list} stay objects.
 */
final class Fields {

    private static final Set<String> CONTAINERS = Set.of("m_hdr", "mac_payload", "f_hdr", "f_ctrl",
            "join_request_payload", "join_accept_payload", "rejoin_request_payload");

    private final Map<String, JsonValue> values = new HashMap<>();

    Fields(JsonObject document) {
        flatten(document);
    }

    private void flatten(JsonObject object) {
        object.forEach((name, value) -> {
            if (CONTAINERS.contains(name) && value.getValueType() == JsonValue.ValueType.OBJECT) {
                flatten(value.asJsonObject());
            } else {
                values.put(name, value);
            }
        });
    }

    Optional<JsonValue> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    Optional<String> text(String name) {
        JsonValue v = values.get(name);
        if (v == null || v == JsonValue.NULL) {
            return Optional.empty();
        }
        if (v instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        if (v instanceof JsonNumber n) {
            return Optional.of(n.toString());
        }
        return Optional.of(v.toString());
    }

    String required(String name) throws LorawanException {
        Optional<String> t = text(name);
        if (t.isEmpty()) {
            throw new LorawanException(LorawanException.Reason.BAD_FIELD, "missing field " + name);
        }
        return t.get();
    }

    long hexNumber(String name) throws LorawanException {
        return Hex.number(required(name), name);
    }

    long integer(String name) throws LorawanException {
        String t = required(name);
        try {
            return Long.parseLong(t.trim());
        } catch (NumberFormatException e) {
            throw new LorawanException(LorawanException.Reason.BAD_FIELD, name + " is not a number: " + t);
        }
    }

    long integer(String name, long fallback) throws LorawanException {
        return text(name).isPresent() ? integer(name) : fallback;
    }

    boolean flag(String name) {
        return text(name).map(Boolean::parseBoolean).orElse(false);
    }

    byte[] bytes(String name) throws LorawanException {
        Optional<String> t = text(name);
        return t.isEmpty() ? new byte[0] : Hex.bytes(t.get(), name);
    }
}
