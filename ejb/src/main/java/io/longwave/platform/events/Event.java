package io.longwave.platform.events;

import io.longwave.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;

/**
 * One event of the live stream, in The Things Stack's shape: a name such as
 * {@code as.up.data.forward}, the application it belongs to, the device identifiers, and data.
 */
public record Event(String name, Instant time, String applicationId, JsonObject deviceIds, JsonObject data,
                    List<String> correlationIds) {

    public JsonObject toJson() {
        return envelope(name, time, applicationId, deviceIds, correlationIds).add("data", data).build();
    }

    /**
     * The same event as text, with {@code dataJson} (JSON text) as its data: a producer that also stores
     * its data serializes it once. The data member comes last.
     */
    public static String text(String name, Instant time, String applicationId, JsonObject deviceIds, String dataJson,
                              List<String> correlationIds) {
        String envelope = envelope(name, time, applicationId, deviceIds, correlationIds).build().toString();
        return envelope.substring(0, envelope.length() - 1) + ",\"data\":" + dataJson + "}";
    }

    private static JsonObjectBuilder envelope(String name, Instant time, String applicationId, JsonObject deviceIds,
                                              List<String> correlationIds) {
        var ids = Jsonp.createArrayBuilder();
        if (deviceIds != null) {
            ids.add(Jsonp.createObjectBuilder().add("device_ids", deviceIds));
        } else {
            ids.add(Jsonp.createObjectBuilder().add("application_ids",
                    Jsonp.createObjectBuilder().add("application_id", applicationId)));
        }
        return Jsonp.createObjectBuilder()
                .add("name", name)
                .add("time", time.toString())
                .add("identifiers", ids)
                .add("correlation_ids", Jsonp.createArrayBuilder(correlationIds));
    }
}
