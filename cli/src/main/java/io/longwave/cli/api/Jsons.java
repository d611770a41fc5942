package io.longwave.cli.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import org.glassfish.json.JsonProviderImpl;

/** The one JSON provider of the API client, and the few look-ups the commands need. */
public final class Jsons {

    // Named, not looked up: the Jakarta EE API jar on some classpaths looks for another default provider.
    public static final JsonProvider PROVIDER = new JsonProviderImpl();

    private Jsons() {
    }

    public static JsonObject parseObject(String text) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    public static String pretty(JsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = PROVIDER.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(value);
        }
        return out.toString().strip();
    }

    public static String compact(JsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = PROVIDER.createWriter(out)) {
            writer.write(value);
        }
        return out.toString();
    }

    /** The value at a dotted path ({@code ids.user_ids.user_id}), when every step is an object. */
    public static Optional<JsonValue> at(JsonObject object, String path) {
        JsonValue current = object;
        for (String step : path.split("\\.")) {
            if (!(current instanceof JsonObject o) || !o.containsKey(step)) {
                return Optional.empty();
            }
            current = o.get(step);
        }
        return Optional.of(current);
    }

    public static Optional<String> string(JsonObject object, String path) {
        return at(object, path).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString());
    }

    /** A scalar as text (strings unquoted), an array as comma-separated scalars, anything else as JSON. */
    public static String text(JsonValue value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonArray array) {
            StringBuilder b = new StringBuilder();
            for (JsonValue item : array) {
                b.append(b.length() == 0 ? "" : ", ").append(text(item));
            }
            return b.toString();
        }
        return compact(value);
    }
}
