package io.longwave.platform.events;

import io.longwave.platform.json.Jsonp;
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
                .add("data", data)
                .add("correlation_ids", Jsonp.createArrayBuilder(correlationIds))
                .build();
    }
}
