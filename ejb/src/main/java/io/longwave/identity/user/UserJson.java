package io.longwave.identity.user;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityId;
import io.longwave.identity.api.JsonFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;

/** A user in The Things Stack JSON shape. Password hashes never leave the server. */
public final class UserJson {

    /** The fields a field mask may name on read or update. */
    public static final Set<String> FIELDS = Set.of("name", "description", "primary_email_address",
            "primary_email_address_validated_at", "admin", "state", "password_updated_at", "require_password_update",
            "application_limit", "gateway_limit", "client_limit", "organization_limit", "deleted_at", "password");

    private UserJson() {
    }

    public static JsonObject of(UserAccount u) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("ids", JsonFields.ids(EntityId.user(u.userId())))
                .add("name", u.name())
                .add("description", u.description())
                .add("primary_email_address", u.primaryEmailAddress())
                .add("admin", u.admin())
                .add("state", u.state())
                .add("require_password_update", u.requirePasswordUpdate());
        JsonFields.timestamp(b, "created_at", u.createdAt());
        JsonFields.timestamp(b, "updated_at", u.updatedAt());
        JsonFields.timestamp(b, "deleted_at", u.deletedAt());
        JsonFields.timestamp(b, "password_updated_at", u.passwordUpdatedAt());
        JsonFields.timestamp(b, "primary_email_address_validated_at", u.primaryEmailAddressValidatedAt());
        limit(b, "application_limit", u.applicationLimit());
        limit(b, "gateway_limit", u.gatewayLimit());
        limit(b, "client_limit", u.clientLimit());
        limit(b, "organization_limit", u.organizationLimit());
        return b.build();
    }

    private static void limit(JsonObjectBuilder b, String name, Integer value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}
