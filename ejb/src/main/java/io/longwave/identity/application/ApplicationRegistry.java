package io.longwave.identity.application;

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
import io.longwave.identity.options.IdentitySettings;
import io.longwave.identity.organization.CreationPolicy;
import io.longwave.identity.organization.EntityListing;
import io.longwave.identity.organization.Owners;
import io.longwave.identity.organization.StoredLimits;
import io.longwave.identity.organization.TextFields;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import io.longwave.identity.lifecycle.SoftDeletion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

/** The application registry: create under a user or organization, read, list, update, delete, restore, purge. */
@Stateless
public class ApplicationRegistry {

    private static final Logger LOG = Logger.getLogger(ApplicationRegistry.class.getName());
    private static final Map<String, String> ORDER = Map.of("application_id", "application_id", "name", "name",
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

    public JsonObject create(Caller caller, EntityId owner, JsonObject request) {
        JsonObject body = JsonFields.object(request, "application");
        String appId = JsonFields.requiredString(JsonFields.object(body, "ids"), "application_id");
        if (!Identifiers.valid(appId)) {
            throw IdentityException.invalid("application.ids.application_id", "must be 2-36 lower-case letters, digits and dashes");
        }
        owners.authorizeCreate(caller, owner, EntityKind.APPLICATION);
        EntityId id = EntityId.application(appId);
        if (directory.taken(id)) {
            throw IdentityException.alreadyExists(id);
        }
        Application app = new Application(appId, Instant.now());
        app.name(TextFields.name(body));
        app.description(TextFields.description(body));
        app.attributes(Attributes.read(body, "attributes"));
        app.networkServerAddress(ServerAddress.read(body, "network_server_address"));
        app.applicationServerAddress(ServerAddress.read(body, "application_server_address"));
        app.joinServerAddress(ServerAddress.read(body, "join_server_address"));
        app.endDeviceLimit(StoredLimits.initial(settings.get().limits().applicationEndDevices()));
        em.persist(app);
        em.flush();
        owners.grantOwnership(id, owner);
        LOG.info("application.created application_id=" + appId + " owner=" + owner);
        return ApplicationJson.of(app);
    }

    public JsonObject get(Caller caller, String appId, FieldMask mask) {
        rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_INFO);
        mask.validate(ApplicationJson.FIELDS);
        return JsonFields.masked(ApplicationJson.of(find(appId)), mask);
    }

    /** {@code GET /applications}: admins see all, others those they collaborate on directly or through organizations. */
    public Page list(Caller caller, ListRequest request, FieldMask mask) {
        mask.validate(ApplicationJson.FIELDS);
        return page(listing.visible(caller, EntityKind.APPLICATION, request, ORDER), mask);
    }

    /** {@code GET /users/{id}/applications} and {@code GET /organizations/{id}/applications}. */
    public Page listOf(Caller caller, EntityId owner, ListRequest request, FieldMask mask) {
        mask.validate(ApplicationJson.FIELDS);
        rights.require(caller, owner, CreationPolicy.listRight(owner.kind(), EntityKind.APPLICATION));
        return page(listing.ofMember(caller, EntityKind.APPLICATION, owner, request, ORDER), mask);
    }

    public JsonObject update(Caller caller, String appId, JsonObject request) {
        rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_SETTINGS_BASIC);
        FieldMask mask = FieldMask.ofBody(request).validate(ApplicationJson.FIELDS);
        if (mask.isEmpty()) {
            throw IdentityException.invalid("field_mask.paths", "name the fields to update");
        }
        JsonObject body = JsonFields.object(request, "application");
        Application app = find(appId);
        for (String path : mask.paths()) {
            switch (path) {
                case "name" -> app.name(TextFields.name(body));
                case "description" -> app.description(TextFields.description(body));
                case "attributes" -> app.attributes(Attributes.read(body, path));
                case "network_server_address" -> app.networkServerAddress(ServerAddress.read(body, path));
                case "application_server_address" -> app.applicationServerAddress(ServerAddress.read(body, path));
                case "join_server_address" -> app.joinServerAddress(ServerAddress.read(body, path));
                case "end_device_limit" -> {
                    StoredLimits.requireAdmin(owners.isAdmin(caller), path);
                    app.endDeviceLimit(JsonFields.integer(body, path).orElse(null));
                }
                default -> throw IdentityException.invalid("field_mask.paths", "`" + path + "` cannot be updated");
            }
        }
        app.touch(Instant.now());
        LOG.info("application.updated application_id=" + appId + " fields=" + mask.paths());
        return JsonFields.masked(ApplicationJson.of(app), mask);
    }

    public void delete(Caller caller, String appId) {
        softDeletion.delete(caller, EntityId.application(appId), Application.class, Right.RIGHT_APPLICATION_DELETE);
    }

    public void restore(Caller caller, String appId) {
        softDeletion.restore(caller, EntityId.application(appId), Application.class, Right.RIGHT_APPLICATION_DELETE);
    }

    /** Purge also removes the end devices (foreign key cascade). */
    public void purge(Caller caller, String appId) {
        softDeletion.purge(caller, EntityId.application(appId), Application.class, Right.RIGHT_APPLICATION_DELETE);
    }

    private Page page(EntityListing.Result result, FieldMask mask) {
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        for (EntityListing.Entry e : result.entries()) {
            out.add(JsonFields.masked(ApplicationJson.of(em.find(Application.class, e.id())), mask));
        }
        return new Page(Jsonp.createObjectBuilder().add("applications", out).build(), result.total());
    }

    private Application find(String appId) {
        Application app = em.find(Application.class, appId);
        if (app == null || app.deletedAt() != null) {
            throw IdentityException.notFound(EntityId.application(appId));
        }
        return app;
    }
}
