package io.longwave.identity.organization;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityId;
import io.longwave.identity.api.JsonFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;
import java.util.function.Function;

/** An organization in The Things Stack JSON shape. */
public final class OrganizationJson {

    /** The fields a field mask may name. */
    public static final Set<String> FIELDS = Set.of("name", "description", "administrative_contact", "technical_contact",
            "application_limit", "gateway_limit", "client_limit", "deleted_at");

    private OrganizationJson() {
    }

    /** {@code contact} tells whether a stored contact ID is a user or an organization (they share one ID space). */
    public static JsonObject of(Organization o, Function<String, EntityId> contact) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("ids", JsonFields.ids(EntityId.organization(o.organizationId())))
                .add("name", o.name())
                .add("description", o.description());
        if (o.administrativeContact() != null) {
            b.add("administrative_contact", contactIds(contact.apply(o.administrativeContact())));
        }
        if (o.technicalContact() != null) {
            b.add("technical_contact", contactIds(contact.apply(o.technicalContact())));
        }
        limit(b, "application_limit", o.applicationLimit());
        limit(b, "gateway_limit", o.gatewayLimit());
        limit(b, "client_limit", o.clientLimit());
        JsonFields.timestamp(b, "created_at", o.createdAt());
        JsonFields.timestamp(b, "updated_at", o.updatedAt());
        JsonFields.timestamp(b, "deleted_at", o.deletedAt());
        return b.build();
    }

    /** {@code {"user_ids":{"user_id":"x"}}} or {@code {"organization_ids":{...}}}. */
    public static JsonObject contactIds(EntityId id) {
        return Jsonp.createObjectBuilder().add(id.kind().idsKey(), JsonFields.ids(id)).build();
    }

    static void limit(JsonObjectBuilder b, String name, Integer value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}
