package io.longwave.platform.events;

import io.longwave.identity.EntityId;
import io.longwave.identity.IdentityException;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which event streams a {@code POST /api/v3/events} request may open: every identifier names an
 * application (directly or through {@code device_ids}) on which the caller holds traffic-read.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class EventAccess {

    @Inject
    RightsResolver rights;

    /** @return the application IDs to subscribe to; throws 400/401/403/404 as any API call */
    public Set<String> applications(Caller caller, JsonObject request) {
        JsonValue ids = request.get("identifiers");
        if (ids == null || ids.getValueType() != JsonValue.ValueType.ARRAY || ids.asJsonArray().isEmpty()) {
            throw IdentityException.invalid("identifiers", "name at least one application or end device");
        }
        Set<String> apps = new LinkedHashSet<>();
        for (JsonValue v : ids.asJsonArray()) {
            String app = null;
            if (v instanceof JsonObject o) {
                if (o.get("application_ids") instanceof JsonObject a) {
                    app = a.getString("application_id", null);
                } else if (o.get("device_ids") instanceof JsonObject d && d.get("application_ids") instanceof JsonObject a) {
                    app = a.getString("application_id", null);
                }
            }
            if (app == null) {
                throw IdentityException.invalid("identifiers", "each needs application_ids or device_ids.application_ids");
            }
            apps.add(app);
        }
        for (String app : apps) {
            rights.require(caller, EntityId.application(app), Right.RIGHT_APPLICATION_TRAFFIC_READ);
        }
        return apps;
    }
}
