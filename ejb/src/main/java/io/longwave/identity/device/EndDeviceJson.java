package io.longwave.identity.device;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityId;
import io.longwave.identity.api.JsonFields;
import io.longwave.identity.application.Attributes;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;

/** The Identity Server's fields of an end device in The Things Stack JSON shape. */
public final class EndDeviceJson {

    /** The fields a field mask may name. */
    public static final Set<String> FIELDS = Set.of("name", "description", "attributes", "version_ids",
            "network_server_address", "application_server_address", "join_server_address");

    private EndDeviceJson() {
    }

    public static JsonObject ids(EndDevice d) {
        JsonObjectBuilder ids = Jsonp.createObjectBuilder()
                .add("device_id", d.deviceId())
                .add("application_ids", JsonFields.ids(EntityId.application(d.applicationId())));
        if (d.devEui() != null) {
            ids.add("dev_eui", d.devEui());
        }
        if (d.joinEui() != null) {
            ids.add("join_eui", d.joinEui());
        }
        return ids.build();
    }

    public static JsonObject of(EndDevice d) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("ids", ids(d))
                .add("name", d.name())
                .add("description", d.description())
                .add("attributes", Attributes.parse(d.attributes()))
                .add("version_ids", Attributes.parse(d.versionIds()))
                .add("network_server_address", d.networkServerAddress())
                .add("application_server_address", d.applicationServerAddress())
                .add("join_server_address", d.joinServerAddress());
        JsonFields.timestamp(b, "created_at", d.createdAt());
        JsonFields.timestamp(b, "updated_at", d.updatedAt());
        return b.build();
    }
}
