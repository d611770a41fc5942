package io.longwave.application;

import io.longwave.platform.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Base64;
import java.util.List;

/**
 * An application downlink waiting in the queue: plaintext FRMPayload (it is encrypted when its
 * frame counter is known, at transmission), whether it is confirmed, how often it was tried.
 */
public record QueuedDownlink(int fPort, byte[] payload, boolean confirmed, String priority, List<String> correlationIds,
                             int attempts) {

    public static final int MAX_PAYLOAD = 242;

    public QueuedDownlink withAttempt() {
        return new QueuedDownlink(fPort, payload, confirmed, priority, correlationIds, attempts + 1);
    }

    /** The Things Stack's ApplicationDownlink JSON. */
    public JsonObject toJson() {
        JsonArrayBuilder c = Jsonp.createArrayBuilder(correlationIds);
        return Jsonp.createObjectBuilder()
                .add("f_port", fPort)
                .add("frm_payload", Base64.getEncoder().encodeToString(payload))
                .add("confirmed", confirmed)
                .add("priority", priority)
                .add("correlation_ids", c)
                .add("attempts", attempts)
                .build();
    }

    public static QueuedDownlink parse(String json) {
        try (JsonReader r = Jsonp.createReader(new StringReader(json))) {
            return fromJson(r.readObject(), List.of());
        }
    }

    /** @throws IllegalArgumentException naming the field when the request is not a valid downlink */
    public static QueuedDownlink fromJson(JsonObject o, List<String> extraCorrelation) {
        if (!(o.get("f_port") instanceof jakarta.json.JsonNumber port) || port.intValue() < 1 || port.intValue() > 223) {
            throw new IllegalArgumentException("f_port: must be 1..223");
        }
        byte[] payload;
        try {
            payload = Base64.getDecoder().decode(o.getString("frm_payload", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("frm_payload: not base64");
        }
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("frm_payload: at most " + MAX_PAYLOAD + " bytes");
        }
        List<String> correlation = new java.util.ArrayList<>(extraCorrelation);
        if (o.get("correlation_ids") instanceof jakarta.json.JsonArray a) {
            for (JsonValue v : a) {
                if (v instanceof jakarta.json.JsonString s) {
                    correlation.add(s.getString());
                }
            }
        }
        return new QueuedDownlink(port.intValue(), payload, o.getBoolean("confirmed", false),
                o.getString("priority", "NORMAL"), List.copyOf(correlation), o.getInt("attempts", 0));
    }

}
