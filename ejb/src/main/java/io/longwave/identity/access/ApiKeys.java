package io.longwave.identity.access;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityId;
import io.longwave.identity.EntityKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.api.FieldMask;
import io.longwave.identity.api.JsonFields;
import io.longwave.identity.auth.ApiKey;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.auth.SecretToken;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** API keys of users, organizations, applications and gateways: create (returned once), list, get, update, delete. */
@Stateless
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class.getName());
    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    RightsResolver rights;

    public static Right manageRight(EntityKind kind) {
        return switch (kind) {
            case USER -> Right.RIGHT_USER_SETTINGS_API_KEYS;
            case ORGANIZATION -> Right.RIGHT_ORGANIZATION_SETTINGS_API_KEYS;
            case APPLICATION -> Right.RIGHT_APPLICATION_SETTINGS_API_KEYS;
            case GATEWAY -> Right.RIGHT_GATEWAY_SETTINGS_API_KEYS;
            case CLIENT -> throw IdentityException.invalid("entity", "OAuth clients have no API keys");
        };
    }

    public JsonObject create(Caller caller, EntityId owner, JsonObject body) {
        Set<Right> held = rights.require(caller, owner, manageRight(owner.kind()));
        Set<Right> granted = RightsRequest.parse(body, "rights", owner.kind(), held);
        if (granted.isEmpty()) {
            throw IdentityException.invalid("rights", "name at least one right");
        }
        Instant now = Instant.now();
        Optional<Instant> expiresAt = JsonFields.timestamp(body, "expires_at");
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
            throw IdentityException.invalid("expires_at", "must be in the future");
        }
        SecretToken token = SecretToken.generate(SecretToken.API_KEY, random);
        ApiKey key = new ApiKey(token, owner, now);
        key.name(name(body));
        key.rights(granted);
        key.expiresAt(expiresAt.orElse(null));
        em.persist(key);
        LOG.info("api_key.created key_id=" + key.keyId() + " owner=" + owner + " rights=" + granted.size());
        return ApiKeyJson.of(key).add("key", token.value()).build();
    }

    public JsonObject list(Caller caller, EntityId owner) {
        rights.require(caller, owner, manageRight(owner.kind()));
        JsonArrayBuilder keys = Jsonp.createArrayBuilder();
        em.createQuery("SELECT k FROM ApiKey k WHERE k.entityType = :t AND k.entityId = :i ORDER BY k.createdAt, k.keyId", ApiKey.class)
                .setParameter("t", owner.kind().single()).setParameter("i", owner.id())
                .getResultList().forEach(k -> keys.add(ApiKeyJson.of(k)));
        return Jsonp.createObjectBuilder().add("api_keys", keys).build();
    }

    public JsonObject get(Caller caller, EntityId owner, String keyId) {
        rights.require(caller, owner, manageRight(owner.kind()));
        return ApiKeyJson.of(find(owner, keyId)).build();
    }

    public JsonObject update(Caller caller, EntityId owner, String keyId, JsonObject request) {
        Set<Right> held = rights.require(caller, owner, manageRight(owner.kind()));
        ApiKey key = find(owner, keyId);
        JsonObject body = JsonFields.object(request, "api_key");
        FieldMask mask = FieldMask.ofBody(request).validate(ApiKeyJson.FIELDS);
        Instant now = Instant.now();
        if (mask.selects("name")) {
            key.name(name(body));
        }
        if (mask.selects("rights")) {
            Set<Right> granted = RightsRequest.parse(body, "api_key.rights", owner.kind(), held);
            if (granted.isEmpty()) {
                em.remove(key);
                LOG.info("api_key.deleted key_id=" + keyId + " owner=" + owner + " (no rights left)");
                return Jsonp.createObjectBuilder().build();
            }
            key.rights(granted);
        }
        if (mask.selects("expires_at")) {
            key.expiresAt(JsonFields.timestamp(body, "expires_at").orElse(null));
        }
        key.touch(now);
        LOG.info("api_key.updated key_id=" + keyId + " owner=" + owner + " fields=" + mask.paths());
        return ApiKeyJson.of(key).build();
    }

    public void delete(Caller caller, EntityId owner, String keyId) {
        rights.require(caller, owner, manageRight(owner.kind()));
        em.remove(find(owner, keyId));
        LOG.info("api_key.deleted key_id=" + keyId + " owner=" + owner);
    }

    private ApiKey find(EntityId owner, String keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null || !key.owner().equals(owner)) {
            throw new IdentityException(io.longwave.identity.ErrorKind.NOT_FOUND, "api_key_not_found",
                    "API key `{id}` not found", java.util.Map.of("id", keyId));
        }
        return key;
    }

    private static String name(JsonObject body) {
        String name = JsonFields.string(body, "name").orElse("");
        if (name.length() > 50) {
            throw IdentityException.invalid("name", "must be at most 50 characters");
        }
        return name;
    }
}
