package io.longwave.cli.command;

import io.longwave.cli.api.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity document built from the flags that were given, with the field mask naming exactly
 * those fields: a flag left out is neither sent nor in the mask, so an update never clears it.
 */
public final class MaskedObject {

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final List<String> paths = new ArrayList<>();

    /** Sets {@code path} (dotted for nested fields, e.g. {@code ids.eui}) unless {@code value} is null. */
    public MaskedObject set(String path, Object value) {
        if (value == null) {
            return this;
        }
        place(path, toJson(value));
        paths.add(path);
        return this;
    }

    /** Sets a field that is part of the document but not of the mask (identifiers). */
    public MaskedObject fixed(String path, Object value) {
        place(path, toJson(value));
        return this;
    }

    public List<String> paths() {
        return List.copyOf(paths);
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    public JsonObject object() {
        return build(root);
    }

    /** {@code {"paths":[...]}}. */
    public JsonObject fieldMask() {
        JsonArrayBuilder array = Jsons.PROVIDER.createArrayBuilder();
        paths.forEach(array::add);
        return Jsons.PROVIDER.createObjectBuilder().add("paths", array).build();
    }

    @SuppressWarnings("unchecked")
    private void place(String path, JsonValue value) {
        String[] steps = path.split("\\.");
        Map<String, Object> node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(steps[i], k -> new LinkedHashMap<String, Object>());
        }
        node.put(steps[steps.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private static JsonObject build(Map<String, Object> node) {
        JsonObjectBuilder b = Jsons.PROVIDER.createObjectBuilder();
        node.forEach((k, v) -> b.add(k, v instanceof Map<?, ?> m ? build((Map<String, Object>) m) : (JsonValue) v));
        return b.build();
    }

    private static JsonValue toJson(Object value) {
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return Jsons.PROVIDER.createValue(((Number) value).longValue());
        }
        if (value instanceof Double d) {
            return Jsons.PROVIDER.createValue(d);
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = Jsons.PROVIDER.createArrayBuilder();
            list.forEach(item -> array.add(toJson(item)));
            return array.build();
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Jsons.PROVIDER.createObjectBuilder();
            map.forEach((k, v) -> object.add(String.valueOf(k), toJson(v)));
            return object.build();
        }
        return Jsons.PROVIDER.createValue(String.valueOf(value));
    }
}
