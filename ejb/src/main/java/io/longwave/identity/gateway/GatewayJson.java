package io.longwave.identity.gateway;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.api.JsonFields;
import io.longwave.identity.application.Attributes;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;

/**
 * A gateway in The Things Stack JSON shape. {@code frequency_plan_id} is the legacy single plan: the
 * first of {@code frequency_plan_ids}. Antenna locations are left out for readers who may not see them. The
 * secrets ({@code lbs_lns_secret}, {@code target_cups_key}) are never part of this: the registry adds them when
 * a field mask names them and the reader holds RIGHT_GATEWAY_READ_SECRETS.
 */
public final class GatewayJson {

    /** The fields a field mask may name. */
    public static final Set<String> FIELDS = Set.of("name", "description", "attributes", "frequency_plan_id",
            "frequency_plan_ids", "enforce_duty_cycle", "require_authenticated_connection", "antennas",
            "gateway_server_address", "status_public", "location_public", "deleted_at", "target_cups_uri",
            "lbs_lns_secret", "target_cups_key");

    private GatewayJson() {
    }

    public static JsonObject of(Gateway g, boolean withLocation) {
        JsonObjectBuilder ids = Jsonp.createObjectBuilder().add("gateway_id", g.gatewayId());
        if (g.eui() != null) {
            ids.add("eui", g.eui());
        }
        List<String> plans = g.frequencyPlanIds();
        JsonArrayBuilder planArray = Jsonp.createArrayBuilder();
        plans.forEach(planArray::add);
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("ids", ids)
                .add("name", g.name())
                .add("description", g.description())
                .add("attributes", Attributes.parse(g.attributes()))
                .add("frequency_plan_id", plans.isEmpty() ? "" : plans.get(0))
                .add("frequency_plan_ids", planArray)
                .add("enforce_duty_cycle", g.enforceDutyCycle())
                .add("require_authenticated_connection", g.requireAuthenticatedConnection())
                .add("antennas", Antennas.json(g.antennas(), withLocation))
                .add("gateway_server_address", g.gatewayServerAddress())
                .add("status_public", g.statusPublic())
                .add("location_public", g.locationPublic())
                .add("target_cups_uri", g.targetCupsUri());
        JsonFields.timestamp(b, "created_at", g.createdAt());
        JsonFields.timestamp(b, "updated_at", g.updatedAt());
        JsonFields.timestamp(b, "deleted_at", g.deletedAt());
        return b.build();
    }
}
