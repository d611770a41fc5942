package io.longwave.network;

import io.longwave.platform.json.Jsonp;
import io.longwave.application.UplinkMessageJson;
import io.longwave.network.session.NsDevice;
import io.longwave.platform.events.Event;
import io.longwave.platform.events.EventBus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Publishes {@code as.up.join.forward} when a device's new session (from a join or a rejoin) starts. */
@ApplicationScoped
public class JoinEvents {

    @Inject
    EventBus events;

    public void sessionStarted(NsDevice d, int devAddr, String sid) {
        Instant now = Instant.now();
        JsonObject ids = UplinkMessageJson.deviceIds(d.applicationId(), d.deviceId(), d.devEui(), d.joinEui(), devAddr);
        List<String> correlation = List.of("as:up:" + UUID.randomUUID(), "ns:join:" + sid);
        JsonObject up = Jsonp.createObjectBuilder()
                .add("end_device_ids", ids)
                .add("correlation_ids", Jsonp.createArrayBuilder(correlation))
                .add("received_at", now.toString())
                .add("join_accept", Jsonp.createObjectBuilder().add("session_key_id", sid).add("received_at", now.toString()))
                .build();
        events.publish(new Event("as.up.join.forward", now, d.applicationId(), ids, up, correlation));
    }
}
