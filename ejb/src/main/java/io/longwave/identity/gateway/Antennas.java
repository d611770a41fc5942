package io.longwave.identity.gateway;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.IdentityException;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;

/**
 * The {@code antennas} of a gateway: each with an optional {@code gain} and {@code location}
 * ({@code latitude} -90..90, {@code longitude} -180..180, {@code altitude} and {@code accuracy} in whole
 * metres, {@code source} a The Things Stack location source). Stored as normalised JSON text.
 */
public final class Antennas {

    static final Set<String> SOURCES = Set.of("SOURCE_UNKNOWN", "SOURCE_GPS", "SOURCE_REGISTRY",
            "SOURCE_IP_GEOLOCATION", "SOURCE_WIFI_RSSI_GEOLOCATION", "SOURCE_BT_RSSI_GEOLOCATION",
            "SOURCE_LORA_RSSI_GEOLOCATION", "SOURCE_LORA_TDOA_GEOLOCATION", "SOURCE_COMBINED_GEOLOCATION");
    private static final int MAX_ANTENNAS = 8;

    private Antennas() {
    }

    /** Validates {@code antennas} of a request body and returns the stored form. */
    public static String read(JsonObject body) {
        JsonValue v = body.get("antennas");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "[]";
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw IdentityException.invalid("antennas", "must be an array");
        }
        JsonArray in = v.asJsonArray();
        if (in.size() > MAX_ANTENNAS) {
            throw IdentityException.invalid("antennas", "at most " + MAX_ANTENNAS + " antennas");
        }
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        for (int i = 0; i < in.size(); i++) {
            String field = "antennas[" + i + "]";
            if (in.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw IdentityException.invalid(field, "must be an object");
            }
            JsonObject antenna = in.getJsonObject(i);
            JsonObjectBuilder a = Jsonp.createObjectBuilder();
            if (antenna.containsKey("gain")) {
                a.add("gain", number(antenna, "gain", field + ".gain", -100, 100));
            }
            JsonValue loc = antenna.get("location");
            if (loc != null && loc.getValueType() != JsonValue.ValueType.NULL) {
                a.add("location", location(loc, field + ".location"));
            }
            out.add(a);
        }
        return out.build().toString();
    }

    private static JsonObject location(JsonValue value, String field) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw IdentityException.invalid(field, "must be an object");
        }
        JsonObject loc = value.asJsonObject();
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("latitude", number(loc, "latitude", field + ".latitude", -90, 90))
                .add("longitude", number(loc, "longitude", field + ".longitude", -180, 180))
                .add("altitude", (int) number(loc, "altitude", field + ".altitude", -1_000, 100_000));
        double accuracy = number(loc, "accuracy", field + ".accuracy", 0, 10_000_000);
        b.add("accuracy", (int) accuracy);
        JsonValue source = loc.get("source");
        String s = source instanceof JsonString str ? str.getString() : "SOURCE_UNKNOWN";
        if (source != null && source.getValueType() != JsonValue.ValueType.NULL && !(source instanceof JsonString)
                || !SOURCES.contains(s)) {
            throw IdentityException.invalid(field + ".source", "must be one of " + SOURCES);
        }
        return b.add("source", s).build();
    }

    private static double number(JsonObject o, String name, String field, double min, double max) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return 0;
        }
        if (!(v instanceof JsonNumber n)) {
            throw IdentityException.invalid(field, "must be a number");
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || d < min || d > max) {
            throw IdentityException.invalid(field, "must be between " + fmt(min) + " and " + fmt(max));
        }
        return d;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** The stored antennas as JSON, without their locations when the reader may not see them. */
    public static JsonArray json(String stored, boolean withLocation) {
        JsonArray all;
        try (JsonReader r = Jsonp.createReader(new StringReader(stored == null || stored.isBlank() ? "[]" : stored))) {
            all = r.readArray();
        }
        if (withLocation) {
            return all;
        }
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        for (JsonValue v : all) {
            JsonObjectBuilder a = Jsonp.createObjectBuilder(v.asJsonObject());
            a.remove("location");
            out.add(a);
        }
        return out.build();
    }
}
