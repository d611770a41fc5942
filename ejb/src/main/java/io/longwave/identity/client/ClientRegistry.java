package io.longwave.identity.client;

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
import io.longwave.identity.auth.SecretToken;
import io.longwave.identity.organization.EntityListing;
import io.longwave.identity.organization.Owners;
import io.longwave.identity.organization.TextFields;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.Rights;
import io.longwave.identity.rights.RightsResolver;
import io.longwave.platform.security.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The OAuth client registry: list, get and create clients. A client created by a non-admin starts in
 * {@code STATE_REQUESTED} (an admin approves it), as in The Things Stack; its secret is returned once.
 */
@Stateless
public class ClientRegistry {

    private static final Logger LOG = Logger.getLogger(ClientRegistry.class.getName());
    private static final Map<String, String> ORDER = Map.of("client_id", "client_id", "name", "name",
            "created_at", "created_at", "updated_at", "updated_at");
    static final Set<String> GRANTS = Set.of("GRANT_AUTHORIZATION_CODE", "GRANT_PASSWORD", "GRANT_REFRESH_TOKEN");

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    RightsResolver rights;

    @Inject
    EntityDirectory directory;

    @Inject
    Owners owners;

    @Inject
    EntityListing listing;

    private final PasswordHasher hasher = PasswordHasher.standard();

    public JsonObject create(Caller caller, String userId, JsonObject request) {
        JsonObject body = JsonFields.object(request, "client");
        String clientId = JsonFields.requiredString(JsonFields.object(body, "ids"), "client_id");
        if (!Identifiers.valid(clientId)) {
            throw IdentityException.invalid("client.ids.client_id", "must be 2-36 lower-case letters, digits and dashes");
        }
        List<String> grants = JsonFields.strings(body, "grants");
        for (String g : grants) {
            if (!GRANTS.contains(g)) {
                throw IdentityException.invalid("client.grants", "`" + g + "` is not one of " + GRANTS);
            }
        }
        Set<Right> clientRights;
        try {
            clientRights = Rights.of(JsonFields.strings(body, "rights"));
        } catch (IllegalArgumentException e) {
            throw IdentityException.invalid("client.rights", e.getMessage());
        }
        List<String> redirects = uris(body, "redirect_uris");
        List<String> logoutRedirects = uris(body, "logout_redirect_uris");
        String name = TextFields.name(body);
        EntityId owner = EntityId.user(userId);
        owners.authorizeCreate(caller, owner, EntityKind.CLIENT);
        EntityId id = EntityId.client(clientId);
        if (directory.taken(id)) {
            throw IdentityException.alreadyExists(id);
        }
        String secret = JsonFields.string(body, "secret").filter(s -> !s.isEmpty()).orElseGet(() -> SecretToken.randomSecret(random));
        String state = owners.isAdmin(caller) ? "STATE_APPROVED" : "STATE_REQUESTED";
        var now = Instant.now().atOffset(ZoneOffset.UTC);
        em.createNativeQuery("INSERT INTO oauth_clients (client_id, name, secret_hash, redirect_uris, logout_redirect_uris,"
                        + " grants, rights, endorsed, skip_authorization, state, created_at, updated_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, false, false, ?8, ?9, ?9)")
                .setParameter(1, clientId).setParameter(2, name).setParameter(3, hasher.hash(secret))
                .setParameter(4, String.join(" ", redirects)).setParameter(5, String.join(" ", logoutRedirects))
                .setParameter(6, String.join(" ", grants)).setParameter(7, Rights.store(clientRights))
                .setParameter(8, state).setParameter(9, now).executeUpdate();
        owners.grantOwnership(id, owner);
        LOG.info("client.created client_id=" + clientId + " owner=" + owner + " state=" + state);
        JsonObjectBuilder out = Jsonp.createObjectBuilder(read(clientId).json());
        // The secret is shown once, at creation; only its hash is kept.
        return out.add("secret", secret).build();
    }

    public JsonObject get(Caller caller, String clientId, FieldMask mask) {
        rights.require(caller, EntityId.client(clientId), Right.RIGHT_CLIENT_INFO);
        mask.validate(ClientRecord.FIELDS);
        return JsonFields.masked(read(clientId).json(), mask);
    }

    /** {@code GET /clients}: admins see all, others the clients they collaborate on. */
    public Page list(Caller caller, ListRequest request, FieldMask mask) {
        mask.validate(ClientRecord.FIELDS);
        EntityListing.Result result = listing.visible(caller, EntityKind.CLIENT, request, ORDER);
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        for (EntityListing.Entry e : result.entries()) {
            out.add(JsonFields.masked(read(e.id()).json(), mask));
        }
        return new Page(Jsonp.createObjectBuilder().add("clients", out).build(), result.total());
    }

    private ClientRecord read(String clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + ClientRecord.COLUMNS + " FROM oauth_clients WHERE client_id = ?1")
                .setParameter(1, clientId).getResultList();
        if (rows.isEmpty()) {
            throw IdentityException.notFound(EntityId.client(clientId));
        }
        return ClientRecord.of(rows.get(0));
    }

    private static List<String> uris(JsonObject body, String field) {
        List<String> uris = JsonFields.strings(body, field);
        for (String u : uris) {
            try {
                URI uri = new URI(u);
                if (uri.getScheme() == null) {
                    throw IdentityException.invalid("client." + field, "`" + u + "` is not an absolute URI");
                }
            } catch (URISyntaxException e) {
                throw IdentityException.invalid("client." + field, "`" + u + "` is not a URI");
            }
        }
        return uris;
    }
}
