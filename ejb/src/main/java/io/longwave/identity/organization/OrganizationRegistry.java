package io.longwave.identity.organization;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityDirectory;
import io.longwave.identity.EntityId;
import io.longwave.identity.EntityKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.Identifiers;
import io.longwave.identity.api.FieldMask;
import io.longwave.identity.api.JsonFields;
import io.longwave.identity.api.ListRequest;
import io.longwave.identity.api.Page;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.options.IdentityOptions;
import io.longwave.identity.options.IdentitySettings;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import io.longwave.identity.lifecycle.SoftDeletion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

/** The organization registry: create under a user, read, list, update, delete, restore, purge. */
@Stateless
public class OrganizationRegistry {

    private static final Logger LOG = Logger.getLogger(OrganizationRegistry.class.getName());
    static final Map<String, String> ORDER = Map.of("organization_id", "organization_id", "name", "name",
            "created_at", "created_at", "updated_at", "updated_at");

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    RightsResolver rights;

    @Inject
    SoftDeletion softDeletion;

    @Inject
    EntityDirectory directory;

    @Inject
    IdentitySettings settings;

    @Inject
    Owners owners;

    @Inject
    EntityListing listing;

    public JsonObject create(Caller caller, String userId, JsonObject request) {
        JsonObject body = JsonFields.object(request, "organization");
        String orgId = JsonFields.requiredString(JsonFields.object(body, "ids"), "organization_id");
        if (!Identifiers.valid(orgId)) {
            throw IdentityException.invalid("organization.ids.organization_id", "must be 2-36 lower-case letters, digits and dashes");
        }
        EntityId owner = EntityId.user(userId);
        owners.authorizeCreate(caller, owner, EntityKind.ORGANIZATION);
        EntityId id = EntityId.organization(orgId);
        if (directory.taken(id)) {
            throw IdentityException.alreadyExists(id);
        }
        Instant now = Instant.now();
        Organization org = new Organization(orgId, now);
        org.name(TextFields.name(body));
        org.description(TextFields.description(body));
        org.administrativeContact(contact(body, "administrative_contact"));
        org.technicalContact(contact(body, "technical_contact"));
        IdentityOptions.Limits limits = settings.get().limits();
        org.applicationLimit(StoredLimits.initial(limits.organizationApplications()));
        org.gatewayLimit(StoredLimits.initial(limits.organizationGateways()));
        org.clientLimit(StoredLimits.initial(limits.organizationClients()));
        em.persist(org);
        em.flush();
        owners.grantOwnership(id, owner);
        LOG.info("organization.created organization_id=" + orgId + " owner=" + owner);
        return json(org);
    }

    public JsonObject get(Caller caller, String orgId, FieldMask mask) {
        rights.require(caller, EntityId.organization(orgId), Right.RIGHT_ORGANIZATION_INFO);
        mask.validate(OrganizationJson.FIELDS);
        return JsonFields.masked(json(find(orgId)), mask);
    }

    /** {@code GET /organizations}: admins see all, others those they are a member of. */
    public Page list(Caller caller, ListRequest request, FieldMask mask) {
        mask.validate(OrganizationJson.FIELDS);
        return page(listing.visible(caller, EntityKind.ORGANIZATION, request, ORDER), mask);
    }

    /** {@code GET /users/{id}/organizations}: the organizations the user is a member of. */
    public Page listOfUser(Caller caller, String userId, ListRequest request, FieldMask mask) {
        mask.validate(OrganizationJson.FIELDS);
        EntityId user = EntityId.user(userId);
        rights.require(caller, user, Right.RIGHT_USER_ORGANIZATIONS_LIST);
        return page(listing.ofMember(caller, EntityKind.ORGANIZATION, user, request, ORDER), mask);
    }

    public JsonObject update(Caller caller, String orgId, JsonObject request) {
        rights.require(caller, EntityId.organization(orgId), Right.RIGHT_ORGANIZATION_SETTINGS_BASIC);
        FieldMask mask = FieldMask.ofBody(request).validate(OrganizationJson.FIELDS);
        if (mask.isEmpty()) {
            throw IdentityException.invalid("field_mask.paths", "name the fields to update");
        }
        JsonObject body = JsonFields.object(request, "organization");
        Organization org = find(orgId);
        boolean admin = owners.isAdmin(caller);
        for (String path : mask.paths()) {
            switch (path) {
                case "name" -> org.name(TextFields.name(body));
                case "description" -> org.description(TextFields.description(body));
                case "administrative_contact" -> org.administrativeContact(contact(body, path));
                case "technical_contact" -> org.technicalContact(contact(body, path));
                case "application_limit" -> { StoredLimits.requireAdmin(admin, path); org.applicationLimit(JsonFields.integer(body, path).orElse(null)); }
                case "gateway_limit" -> { StoredLimits.requireAdmin(admin, path); org.gatewayLimit(JsonFields.integer(body, path).orElse(null)); }
                case "client_limit" -> { StoredLimits.requireAdmin(admin, path); org.clientLimit(JsonFields.integer(body, path).orElse(null)); }
                default -> throw IdentityException.invalid("field_mask.paths", "`" + path + "` cannot be updated");
            }
        }
        org.touch(Instant.now());
        LOG.info("organization.updated organization_id=" + orgId + " fields=" + mask.paths());
        return JsonFields.masked(json(org), mask);
    }

    public void delete(Caller caller, String orgId) {
        softDeletion.delete(caller, EntityId.organization(orgId), Organization.class, Right.RIGHT_ORGANIZATION_DELETE);
    }

    public void restore(Caller caller, String orgId) {
        softDeletion.restore(caller, EntityId.organization(orgId), Organization.class, Right.RIGHT_ORGANIZATION_DELETE);
    }

    public void purge(Caller caller, String orgId) {
        softDeletion.purge(caller, EntityId.organization(orgId), Organization.class, Right.RIGHT_ORGANIZATION_DELETE);
    }

    private Page page(EntityListing.Result result, FieldMask mask) {
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        for (EntityListing.Entry e : result.entries()) {
            out.add(JsonFields.masked(json(em.find(Organization.class, e.id())), mask));
        }
        return new Page(Jsonp.createObjectBuilder().add("organizations", out).build(), result.total());
    }

    private JsonObject json(Organization org) {
        return OrganizationJson.of(org, this::contactKind);
    }

    /** Users and organizations share one ID space, so the ID alone says which one a contact is. */
    private EntityId contactKind(String id) {
        return directory.presence(EntityId.user(id)) != EntityDirectory.Presence.ABSENT
                ? EntityId.user(id) : EntityId.organization(id);
    }

    /** A contact given as user or organization identifiers; it must be a live user or organization. */
    private String contact(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        JsonObject ids = JsonFields.object(body, field);
        JsonObject user = JsonFields.object(ids, "user_ids");
        EntityId id = !user.isEmpty() ? EntityId.user(JsonFields.requiredString(user, "user_id"))
                : EntityId.organization(JsonFields.requiredString(JsonFields.object(ids, "organization_ids"), "organization_id"));
        if (directory.presence(id) != EntityDirectory.Presence.LIVE) {
            throw IdentityException.invalid("organization." + field, id + " does not exist");
        }
        return id.id();
    }

    private Organization find(String orgId) {
        Organization org = em.find(Organization.class, orgId);
        if (org == null || org.deletedAt() != null) {
            throw IdentityException.notFound(EntityId.organization(orgId));
        }
        return org;
    }
}
