package io.longwave.identity.api;

import io.longwave.identity.IdentityException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code field_mask.paths} of a request: on update, the fields to change; on read, the fields to
 * return. An empty mask on read means every field; paths are top-level field names (a nested path such
 * as {@code antennas.location} selects its top-level field).
 */
public record FieldMask(Set<String> paths) {

    public static final FieldMask ALL = new FieldMask(Set.of());

    /** From the body of an update: {@code {"field_mask":{"paths":[..]}}}. */
    public static FieldMask ofBody(JsonObject body) {
        JsonValue mask = body.get("field_mask");
        if (mask == null || mask.getValueType() == JsonValue.ValueType.NULL) {
            return ALL;
        }
        if (mask.getValueType() != JsonValue.ValueType.OBJECT) {
            throw IdentityException.invalid("field_mask", "must be an object with `paths`");
        }
        JsonValue paths = mask.asJsonObject().get("paths");
        if (paths == null) {
            return ALL;
        }
        if (paths.getValueType() != JsonValue.ValueType.ARRAY) {
            throw IdentityException.invalid("field_mask.paths", "must be an array of strings");
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonValue v : paths.asJsonArray()) {
            if (!(v instanceof JsonString s)) {
                throw IdentityException.invalid("field_mask.paths", "must be an array of strings");
            }
            out.add(s.getString());
        }
        return new FieldMask(Set.copyOf(out));
    }

    /** From query parameters: {@code field_mask=a,b} and/or repeated {@code field_mask.paths=a}. */
    public static FieldMask ofQuery(List<String> commaSeparated, List<String> repeated) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> list : List.of(commaSeparated == null ? List.<String>of() : commaSeparated,
                repeated == null ? List.<String>of() : repeated)) {
            for (String v : list) {
                Arrays.stream(v.split(",")).map(String::trim).filter(p -> !p.isEmpty()).forEach(out::add);
            }
        }
        return new FieldMask(Set.copyOf(out));
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /** True when the mask is empty or names the field (or a path below it). */
    public boolean selects(String field) {
        if (paths.isEmpty()) {
            return true;
        }
        for (String p : paths) {
            if (p.equals(field) || p.startsWith(field + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Refuses paths outside {@code allowed}, naming the first unknown one. */
    public FieldMask validate(Set<String> allowed) {
        for (String p : paths) {
            String top = p.contains(".") ? p.substring(0, p.indexOf('.')) : p;
            if (!allowed.contains(top)) {
                throw IdentityException.invalid("field_mask.paths", "unknown field `" + p + "`");
            }
        }
        return this;
    }
}
