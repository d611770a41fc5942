package io.longwave.application;

import io.longwave.platform.json.Jsonp;
import io.longwave.platform.events.Event;
import io.longwave.platform.events.EventBus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * The downlink events an application sees, as The Things Stack's ApplicationUp messages:
 * {@code downlink_queued}, {@code downlink_sent}, {@code downlink_ack}, {@code downlink_nack},
 * {@code downlink_failed}, published as {@code as.down.data.<kind>}.
 */
@ApplicationScoped
public class DownlinkEvents {

    public enum Kind { QUEUED, SENT, ACK, NACK, FAILED }

    @Inject
    EventBus events;

    public void publish(Kind kind, String appId, JsonObject deviceIds, QueuedDownlink item, long fCnt, String error) {
        Instant now = Instant.now();
        JsonObjectBuilder message = Jsonp.createObjectBuilder(item.toJson());
        if (fCnt >= 0) {
            message.add("f_cnt", fCnt);
        }
        JsonObject body;
        String field = "downlink_" + kind.name().toLowerCase();
        if (kind == Kind.FAILED) {
            body = Jsonp.createObjectBuilder().add("downlink", message)
                    .add("error", Jsonp.createObjectBuilder().add("name", error == null ? "failed" : error)).build();
        } else {
            body = message.build();
        }
        JsonObject up = Jsonp.createObjectBuilder()
                .add("end_device_ids", deviceIds)
                .add("correlation_ids", Jsonp.createArrayBuilder(item.correlationIds()))
                .add("received_at", now.toString())
                .add(field, body)
                .build();
        events.publish(new Event("as.down.data." + kind.name().toLowerCase(), now, appId, deviceIds, up, item.correlationIds()));
    }
}
