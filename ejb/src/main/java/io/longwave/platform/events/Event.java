package io.longwave.platform.events;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * One event of the live stream, in The Things Stack's shape: a name such as
 * {@code as.up.data.forward}, the application it belongs to, the device identifiers, and data.
 */
public record Event(String name, Instant time, String applicationId, JsonObject deviceIds, JsonObject data,
                    List<String> correlationIds) {

    public JsonObject toJson() {
        var ids = Json.createArrayBuilder();
        if (deviceIds != null) {
            ids.add(Json.createObjectBuilder().add("device_ids", deviceIds));
        } else {
            ids.add(Json.createObjectBuilder().add("application_ids",
                    Json.createObjectBuilder().add("application_id", applicationId)));
        }
        return Json.createObjectBuilder()
                .add("name", name)
                .add("time", time.toString())
                .add("identifiers", ids)
                .add("data", data)
                .add("correlation_ids", Json.createArrayBuilder(correlationIds))
                .build();
    }
}
