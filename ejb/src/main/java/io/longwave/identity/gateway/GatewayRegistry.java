package io.longwave.identity.gateway;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityDirectory;
import io.longwave.identity.EntityId;
import io.longwave.identity.EntityKind;
import io.longwave.identity.ErrorKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.Identifiers;
import io.longwave.identity.api.FieldMask;
import io.longwave.identity.api.JsonFields;
import io.longwave.identity.api.ListRequest;
import io.longwave.identity.api.Page;
import io.longwave.identity.application.Attributes;
import io.longwave.identity.application.ServerAddress;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.organization.CreationPolicy;
import io.longwave.identity.organization.EntityListing;
import io.longwave.identity.organization.Owners;
import io.longwave.identity.organization.TextFields;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import io.longwave.identity.lifecycle.SoftDeletion;
import io.longwave.platform.secrets.KeyVault;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/** The gateway registry: create under a user or organization, read, list, update, delete, restore, purge. */
@Stateless
public class GatewayRegistry {

    private static final Logger LOG = Logger.getLogger(GatewayRegistry.class.getName());
    private static final Map<String, String> ORDER = Map.of("gateway_id", "gateway_id", "name", "name",
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
    Owners owners;

    @Inject
    jakarta.enterprise.event.Event<GatewayChanged> changes;

    @Inject
    EntityListing listing;

    @Inject
    KeyVault vault;

    public JsonObject create(Caller caller, EntityId owner, JsonObject request) {
        JsonObject body = JsonFields.object(request, "gateway");
        JsonObject ids = JsonFields.object(body, "ids");
        String gatewayId = JsonFields.requiredString(ids, "gateway_id");
        if (!Identifiers.valid(gatewayId)) {
            throw IdentityException.invalid("gateway.ids.gateway_id", "must be 2-36 lower-case letters, digits and dashes");
        }
        String eui = GatewayFields.eui(ids).orElse(null);
        owners.authorizeCreate(caller, owner, EntityKind.GATEWAY);
        EntityId id = EntityId.gateway(gatewayId);
        if (directory.taken(id)) {
            throw IdentityException.alreadyExists(id);
        }
        requireFreeEui(eui);
        Gateway g = new Gateway(gatewayId, Instant.now());
        g.eui(eui);
        g.name(TextFields.name(body));
        g.description(TextFields.description(body));
        g.attributes(Attributes.read(body, "attributes"));
        g.frequencyPlanIds(GatewayFields.frequencyPlans(body, body.containsKey("frequency_plan_ids")));
        g.enforceDutyCycle(JsonFields.bool(body, "enforce_duty_cycle").orElse(true));
        g.requireAuthenticatedConnection(JsonFields.bool(body, "require_authenticated_connection").orElse(false));
        g.antennas(Antennas.read(body));
        g.gatewayServerAddress(ServerAddress.read(body, "gateway_server_address"));
        g.statusPublic(JsonFields.bool(body, "status_public").orElse(false));
        g.locationPublic(JsonFields.bool(body, "location_public").orElse(false));
        em.persist(g);
        em.flush();
        owners.grantOwnership(id, owner);
        changes.fire(new GatewayChanged(gatewayId, null));
        LOG.info("gateway.created gateway_id=" + gatewayId + " eui=" + eui + " owner=" + owner);
        return GatewayJson.of(g, true);
    }

    public JsonObject get(Caller caller, String gatewayId, FieldMask mask) {
        Set<Right> held = rights.require(caller, EntityId.gateway(gatewayId), Right.RIGHT_GATEWAY_INFO);
        mask.validate(GatewayJson.FIELDS);
        boolean secrets = namesSecret(mask);
        if (secrets) {
            // an explicit ask for a secret without the right is refused, not silently left out
            rights.require(caller, EntityId.gateway(gatewayId), Right.RIGHT_GATEWAY_READ_SECRETS);
        }
        Gateway g = find(gatewayId);
        return withSecrets(JsonFields.masked(GatewayJson.of(g, seesLocation(g, held)), mask), g, mask, secrets);
    }

    /** {@code GET /gateways}: admins see all, others those they collaborate on directly or through organizations. */
    public Page list(Caller caller, ListRequest request, FieldMask mask) {
        mask.validate(GatewayJson.FIELDS);
        refuseSecretsInLists(mask);
        return page(listing.visible(caller, EntityKind.GATEWAY, request, ORDER), mask);
    }

    /** {@code GET /users/{id}/gateways} and {@code GET /organizations/{id}/gateways}. */
    public Page listOf(Caller caller, EntityId owner, ListRequest request, FieldMask mask) {
        mask.validate(GatewayJson.FIELDS);
        refuseSecretsInLists(mask);
        rights.require(caller, owner, CreationPolicy.listRight(owner.kind(), EntityKind.GATEWAY));
        return page(listing.ofMember(caller, EntityKind.GATEWAY, owner, request, ORDER), mask);
    }

    public JsonObject update(Caller caller, String gatewayId, JsonObject request) {
        Set<Right> held = rights.require(caller, EntityId.gateway(gatewayId), Right.RIGHT_GATEWAY_SETTINGS_BASIC);
        FieldMask mask = FieldMask.ofBody(request).validate(GatewayJson.FIELDS);
        if (mask.isEmpty()) {
            throw IdentityException.invalid("field_mask.paths", "name the fields to update");
        }
        if (namesSecret(mask) && !held.contains(Right.RIGHT_GATEWAY_WRITE_SECRETS)) {
            throw IdentityException.permissionDenied(Right.RIGHT_GATEWAY_WRITE_SECRETS.name());
        }
        JsonObject body = JsonFields.object(request, "gateway");
        Gateway g = find(gatewayId);
        for (String path : mask.paths()) {
            switch (path) {
                case "name" -> g.name(TextFields.name(body));
                case "description" -> g.description(TextFields.description(body));
                case "attributes" -> g.attributes(Attributes.read(body, path));
                case "frequency_plan_id" -> {
                    // The list wins when both are named; the legacy field replaces the list by its one plan.
                    if (!mask.paths().contains("frequency_plan_ids")) {
                        g.frequencyPlanIds(GatewayFields.frequencyPlans(body, false));
                    }
                }
                case "frequency_plan_ids" -> g.frequencyPlanIds(GatewayFields.frequencyPlans(body, true));
                case "enforce_duty_cycle" -> g.enforceDutyCycle(JsonFields.bool(body, path).orElse(true));
                case "require_authenticated_connection" -> g.requireAuthenticatedConnection(JsonFields.bool(body, path).orElse(false));
                case "antennas" -> g.antennas(Antennas.read(body));
                case "gateway_server_address" -> g.gatewayServerAddress(ServerAddress.read(body, "gateway_server_address"));
                case "status_public" -> g.statusPublic(JsonFields.bool(body, path).orElse(false));
                case "location_public" -> g.locationPublic(JsonFields.bool(body, path).orElse(false));
                case StationSecretFields.CUPS_URI -> g.targetCupsUri(StationSecretFields.cupsUri(body));
                case StationSecretFields.LNS_SECRET -> g.sealedLbsLnsSecret(seal(gatewayId, path, body));
                case StationSecretFields.CUPS_KEY -> g.sealedTargetCupsKey(seal(gatewayId, path, body));
                default -> throw IdentityException.invalid("field_mask.paths", "`" + path + "` cannot be updated");
            }
        }
        g.touch(Instant.now());
        changes.fire(new GatewayChanged(gatewayId, null));
        LOG.info("gateway.updated gateway_id=" + gatewayId + " fields=" + mask.paths());
        return withSecrets(JsonFields.masked(GatewayJson.of(g, seesLocation(g, held)), mask), g, mask,
                held.contains(Right.RIGHT_GATEWAY_READ_SECRETS));
    }

    private String seal(String gatewayId, String field, JsonObject body) {
        return StationSecretFields.secret(body, field)
                .map(value -> vault.seal(value, StationSecretFields.context(gatewayId, field))).orElse(null);
    }

    private static boolean namesSecret(FieldMask mask) {
        return StationSecretFields.SECRETS.stream().anyMatch(f -> !mask.isEmpty() && mask.selects(f));
    }

    /** Lists never carry secrets (The Things Stack reads them one gateway at a time). */
    private static void refuseSecretsInLists(FieldMask mask) {
        if (namesSecret(mask)) {
            throw IdentityException.invalid("field_mask.paths", "secrets are read one gateway at a time");
        }
    }

    /** Adds the secrets the mask names, opened, when {@code readable}. */
    private JsonObject withSecrets(JsonObject json, Gateway g, FieldMask mask, boolean readable) {
        if (!readable || !namesSecret(mask)) {
            return json;
        }
        var b = Jsonp.createObjectBuilder(json);
        addSecret(b, g, mask, StationSecretFields.LNS_SECRET, g.sealedLbsLnsSecret());
        addSecret(b, g, mask, StationSecretFields.CUPS_KEY, g.sealedTargetCupsKey());
        return b.build();
    }

    private void addSecret(jakarta.json.JsonObjectBuilder b, Gateway g, FieldMask mask, String field, String sealed) {
        if (mask.selects(field) && sealed != null) {
            b.add(field, StationSecretFields.secretJson(vault.open(sealed, StationSecretFields.context(g.gatewayId(), field))));
        }
    }

    public void delete(Caller caller, String gatewayId) {
        Gateway g = softDeletion.delete(caller, EntityId.gateway(gatewayId), Gateway.class, Right.RIGHT_GATEWAY_DELETE);
        changes.fire(new GatewayChanged(gatewayId, g.eui()));
    }

    public void restore(Caller caller, String gatewayId) {
        softDeletion.restore(caller, EntityId.gateway(gatewayId), Gateway.class, Right.RIGHT_GATEWAY_DELETE);
        changes.fire(new GatewayChanged(gatewayId, null));
    }

    /** Purge frees the EUI. */
    public void purge(Caller caller, String gatewayId) {
        Gateway g = em.find(Gateway.class, gatewayId);
        String eui = g == null ? null : g.eui();
        softDeletion.purge(caller, EntityId.gateway(gatewayId), Gateway.class, Right.RIGHT_GATEWAY_DELETE);
        changes.fire(new GatewayChanged(gatewayId, eui));
    }

    private Page page(EntityListing.Result result, FieldMask mask) {
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        for (EntityListing.Entry e : result.entries()) {
            Gateway g = em.find(Gateway.class, e.id());
            out.add(JsonFields.masked(GatewayJson.of(g, seesLocation(g, e.held())), mask));
        }
        return new Page(Jsonp.createObjectBuilder().add("gateways", out).build(), result.total());
    }

    private static boolean seesLocation(Gateway g, Set<Right> held) {
        return g.locationPublic() || held.contains(Right.RIGHT_GATEWAY_LOCATION_READ);
    }

    /** An EUI names one gateway, deleted or not, until that gateway is purged. */
    private void requireFreeEui(String eui) {
        if (eui == null) {
            return;
        }
        List<?> clash = em.createNativeQuery("SELECT gateway_id FROM gateways WHERE eui = ?1").setParameter(1, eui).getResultList();
        if (!clash.isEmpty()) {
            throw new IdentityException(ErrorKind.ALREADY_EXISTS, "gateway_eui_taken",
                    "a gateway with EUI `{eui}` is already registered", Map.of("eui", eui));
        }
    }

    private Gateway find(String gatewayId) {
        Gateway g = em.find(Gateway.class, gatewayId);
        if (g == null || g.deletedAt() != null) {
            throw IdentityException.notFound(EntityId.gateway(gatewayId));
        }
        return g;
    }
}
