package io.longwave.identity.application;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityId;
import io.longwave.identity.api.JsonFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;

/** An application in The Things Stack JSON shape. */
public final class ApplicationJson {

    /** The fields a field mask may name. */
    public static final Set<String> FIELDS = Set.of("name", "description", "attributes", "network_server_address",
            "application_server_address", "join_server_address", "end_device_limit", "dev_eui_counter", "deleted_at");

    private ApplicationJson() {
    }

    public static JsonObject of(Application a) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("ids", JsonFields.ids(EntityId.application(a.applicationId())))
                .add("name", a.name())
                .add("description", a.description())
                .add("attributes", Attributes.parse(a.attributes()))
                .add("network_server_address", a.networkServerAddress())
                .add("application_server_address", a.applicationServerAddress())
                .add("join_server_address", a.joinServerAddress())
                .add("dev_eui_counter", a.devEuiCounter());
        if (a.endDeviceLimit() != null) {
            b.add("end_device_limit", a.endDeviceLimit());
        }
        JsonFields.timestamp(b, "created_at", a.createdAt());
        JsonFields.timestamp(b, "updated_at", a.updatedAt());
        JsonFields.timestamp(b, "deleted_at", a.deletedAt());
        return b.build();
    }
}
