package io.longwave.application;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityId;
import io.longwave.identity.ErrorKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import io.longwave.network.downlink.ClassCDownlinks;
import io.longwave.network.session.NsDevice;
import io.longwave.network.session.NsDeviceKeys;
import io.longwave.platform.redis.RedisClient;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Application Server's downlink queue API: {@code .../down/push}, {@code .../down/replace},
 * {@code GET .../down}. Each queued item publishes {@code downlink_queued}; a class C device is
 * scheduled at once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ApplicationTraffic {

    @Inject
    RightsResolver rights;

    @Inject
    DownlinkQueue queue;

    @Inject
    DownlinkEvents events;

    @Inject
    RedisClient redis;

    @Inject
    ClassCDownlinks classC;

    public void push(Caller caller, String appId, String deviceId, JsonObject body, boolean replace) {
        rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_TRAFFIC_DOWN_WRITE);
        String ref = appId + "/" + deviceId;
        NsDevice d = NsDevice.fromHash(ref, redis.pool().hgetAll(NsDeviceKeys.device(ref)));
        if (d == null) {
            throw new IdentityException(ErrorKind.NOT_FOUND, "end_device_not_found", "end device `{id}` not found",
                    Map.of("id", appId + "." + deviceId));
        }
        List<QueuedDownlink> items = new ArrayList<>();
        JsonValue list = body.get("downlinks");
        if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
            throw IdentityException.invalid("downlinks", "must be an array");
        }
        int i = 0;
        for (JsonValue v : list.asJsonArray()) {
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw IdentityException.invalid("downlinks[" + i + "]", "must be an object");
            }
            try {
                items.add(QueuedDownlink.fromJson(v.asJsonObject(), List.of("as:downlink:" + UUID.randomUUID())));
            } catch (IllegalArgumentException e) {
                throw IdentityException.invalid("downlinks[" + i + "]." + e.getMessage().replaceFirst(":.*", ""),
                        e.getMessage().replaceFirst("^[^:]*: ", ""));
            }
            i++;
        }
        if (replace) {
            queue.replace(ref, items);
        } else if (!queue.push(ref, items)) {
            throw IdentityException.precondition("downlink_queue_full",
                    "the downlink queue holds at most " + DownlinkQueue.MAX_LENGTH + " items");
        }
        JsonObject ids = io.longwave.application.UplinkMessageJson.deviceIds(appId, deviceId, d.devEui(), d.joinEui(), d.devAddr());
        for (QueuedDownlink item : items) {
            events.publish(DownlinkEvents.Kind.QUEUED, appId, ids, item, -1, null);
        }
        if (!items.isEmpty() && ClassCDownlinks.inClassC(d)) {
            classC.schedule(ref);
        }
    }

    public JsonObject list(Caller caller, String appId, String deviceId) {
        rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_TRAFFIC_READ);
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        queue.list(appId + "/" + deviceId).forEach(item -> out.add(item.toJson()));
        return Jsonp.createObjectBuilder().add("downlinks", out).build();
    }

}
