package io.longwave.identity.user;

import io.longwave.platform.json.Jsonp;
import com.nulabinc.zxcvbn.Zxcvbn;
import io.longwave.identity.EntityDirectory;
import io.longwave.identity.EntityId;
import io.longwave.identity.IdentityException;
import io.longwave.identity.Identifiers;
import io.longwave.identity.api.FieldMask;
import io.longwave.identity.api.JsonFields;
import io.longwave.identity.api.ListRequest;
import io.longwave.identity.api.Page;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.options.IdentityOptions;
import io.longwave.identity.options.IdentitySettings;
import io.longwave.identity.organization.StoredLimits;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import io.longwave.platform.security.PasswordHasher;
import io.longwave.identity.lifecycle.SoftDeletion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** The user registry: create (admin or self-registration), read, list, update, delete, restore, purge, password. */
@Stateless
public class UserRegistry {

    private static final Logger LOG = Logger.getLogger(UserRegistry.class.getName());
    private static final Map<String, String> ORDER = Map.of("user_id", "user_id", "name", "name",
            "primary_email_address", "primary_email_address", "created_at", "created_at", "updated_at", "updated_at");
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

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
    UserRegistrationSteps registrationSteps;

    private final PasswordHasher hasher = PasswordHasher.standard();

    public JsonObject create(Caller caller, JsonObject request) {
        JsonObject body = JsonFields.object(request, "user");
        String userId = JsonFields.requiredString(JsonFields.object(body, "ids"), "user_id");
        if (!Identifiers.valid(userId)) {
            throw IdentityException.invalid("user.ids.user_id", "must be 2-36 lower-case letters, digits and dashes");
        }
        IdentityOptions options = settings.get();
        boolean byAdmin = !caller.anonymous() && rights.universalRights(caller).contains(Right.RIGHT_USER_CREATE);
        if (!byAdmin && !options.registration().enabled()) {
            throw IdentityException.precondition("registration_disabled", "user registration is disabled; ask an admin");
        }
        String email = EmailAddress.require("user.primary_email_address",
                JsonFields.string(body, "primary_email_address").orElse(null));
        String password = JsonFields.string(body, "password").orElse(null);
        passwordPolicy().check(userId, password);
        if (directory.taken(EntityId.user(userId))) {
            throw IdentityException.alreadyExists(EntityId.user(userId));
        }
        requireUniqueEmail(email, null);
        String invitationToken = JsonFields.string(request, "invitation_token").orElse("");
        if (!byAdmin && options.registration().invitationRequired() && invitationToken.isEmpty()) {
            throw IdentityException.precondition("invitation_required", "registration needs an invitation token");
        }

        Instant now = Instant.now();
        UserAccount user = new UserAccount(userId, now);
        user.name(JsonFields.string(body, "name").orElse(""));
        user.description(JsonFields.string(body, "description").orElse(""));
        user.primaryEmailAddress(email);
        user.password(hasher.hash(password), now);
        if (byAdmin) {
            user.admin(JsonFields.bool(body, "admin").orElse(false));
            user.state(state(body).orElse(UserAccount.STATE_APPROVED));
        } else {
            user.state(options.registration().adminApprovalRequired() ? UserAccount.STATE_REQUESTED : UserAccount.STATE_APPROVED);
        }
        user.initialLimits(options.limits());
        em.persist(user);
        em.flush();
        registrationSteps.afterCreate(user, byAdmin, invitationToken);
        LOG.info("user.created user_id=" + userId + " state=" + user.state() + " by=" + describe(caller));
        return UserJson.of(user);
    }

    public JsonObject get(Caller caller, String userId, FieldMask mask) {
        rights.require(caller, EntityId.user(userId), Right.RIGHT_USER_INFO);
        return JsonFields.masked(UserJson.of(find(userId)), mask.validate(UserJson.FIELDS));
    }

    public Page list(Caller caller, ListRequest request, FieldMask mask) {
        rights.requireUniversal(caller, Right.RIGHT_USER_LIST);
        mask.validate(UserJson.FIELDS);
        String where = request.deleted() ? "deleted_at IS NOT NULL" : "deleted_at IS NULL";
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM users WHERE " + where).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT user_id FROM users WHERE " + where + " ORDER BY "
                        + request.orderBy(ORDER, "user_id"))
                .setFirstResult(request.offset()).setMaxResults(request.effectiveLimit()).getResultList();
        JsonArrayBuilder users = Jsonp.createArrayBuilder();
        for (String id : ids) {
            users.add(JsonFields.masked(UserJson.of(em.find(UserAccount.class, id)), mask));
        }
        return new Page(Jsonp.createObjectBuilder().add("users", users).build(), total);
    }

    public JsonObject update(Caller caller, String userId, JsonObject request) {
        rights.require(caller, EntityId.user(userId), Right.RIGHT_USER_SETTINGS_BASIC);
        JsonObject body = JsonFields.object(request, "user");
        FieldMask mask = FieldMask.ofBody(request).validate(UserJson.FIELDS);
        if (mask.isEmpty()) {
            throw IdentityException.invalid("field_mask.paths", "name the fields to update");
        }
        UserAccount user = find(userId);
        boolean admin = rights.universalRights(caller).contains(Right.RIGHT_USER_CREATE);
        Instant now = Instant.now();
        for (String path : mask.paths()) {
            switch (path) {
                case "name" -> user.name(JsonFields.string(body, "name").orElse(""));
                case "description" -> user.description(JsonFields.string(body, "description").orElse(""));
                case "primary_email_address" -> {
                    String email = EmailAddress.require("user.primary_email_address",
                            JsonFields.string(body, "primary_email_address").orElse(null));
                    if (!email.equalsIgnoreCase(user.primaryEmailAddress())) {
                        requireUniqueEmail(email, userId);
                        user.primaryEmailAddress(email);
                        user.primaryEmailAddressValidatedAt(null);
                        registrationSteps.afterEmailChange(user);
                    }
                }
                case "admin" -> {
                    StoredLimits.requireAdmin(admin, path);
                    user.admin(JsonFields.bool(body, "admin").orElse(false));
                }
                case "state" -> {
                    StoredLimits.requireAdmin(admin, path);
                    user.state(state(body).orElseThrow(() -> IdentityException.invalid("user.state", "is required")));
                }
                case "require_password_update" -> {
                    StoredLimits.requireAdmin(admin, path);
                    user.requirePasswordUpdate(JsonFields.bool(body, path).orElse(false));
                }
                case "primary_email_address_validated_at" -> {
                    StoredLimits.requireAdmin(admin, path);
                    user.primaryEmailAddressValidatedAt(JsonFields.timestamp(body, path).orElse(null));
                }
                case "application_limit" -> { StoredLimits.requireAdmin(admin, path); user.applicationLimit(JsonFields.integer(body, path).orElse(null)); }
                case "gateway_limit" -> { StoredLimits.requireAdmin(admin, path); user.gatewayLimit(JsonFields.integer(body, path).orElse(null)); }
                case "client_limit" -> { StoredLimits.requireAdmin(admin, path); user.clientLimit(JsonFields.integer(body, path).orElse(null)); }
                case "organization_limit" -> { StoredLimits.requireAdmin(admin, path); user.organizationLimit(JsonFields.integer(body, path).orElse(null)); }
                default -> throw IdentityException.invalid("field_mask.paths", "`" + path + "` cannot be updated here");
            }
        }
        user.touch(now);
        LOG.info("user.updated user_id=" + userId + " fields=" + mask.paths() + " by=" + describe(caller));
        return JsonFields.masked(UserJson.of(user), mask);
    }

    public void delete(Caller caller, String userId) {
        softDeletion.delete(caller, EntityId.user(userId), UserAccount.class, Right.RIGHT_USER_DELETE);
        revokeTokens(userId);
    }

    public void restore(Caller caller, String userId) {
        softDeletion.restore(caller, EntityId.user(userId), UserAccount.class, Right.RIGHT_USER_DELETE);
    }

    /** Purge also revokes the user's tokens and removes its API keys and memberships. */
    public void purge(Caller caller, String userId) {
        softDeletion.purge(caller, EntityId.user(userId), UserAccount.class, Right.RIGHT_USER_DELETE);
        revokeTokens(userId);
    }

    /**
     * {@code PUT /users/{id}/password}: needs the old (or temporary) password; may revoke all tokens. An
     * anonymous caller may call it too (a user who reset a forgotten password has no token): then the old
     * password is the only proof, and an unknown user gets the same answer as a wrong password.
     */
    public void updatePassword(Caller caller, String userId, JsonObject request) {
        String old = JsonFields.string(request, "old_password").orElse("");
        UserAccount user;
        if (caller.anonymous()) {
            user = em.find(UserAccount.class, userId);
            if (user == null || user.deletedAt() != null || user.passwordHash() == null) {
                throw IdentityException.invalid("old_password", "does not match");
            }
        } else {
            rights.require(caller, EntityId.user(userId), Right.RIGHT_USER_SETTINGS_BASIC);
            user = find(userId);
        }
        String next = JsonFields.string(request, "new_password").orElse(null);
        Instant now = Instant.now();
        boolean oldMatches = hasher.verify(old, user.passwordHash())
                || (user.temporaryPasswordHash() != null && user.temporaryPasswordExpiresAt() != null
                && user.temporaryPasswordExpiresAt().isAfter(now) && hasher.verify(old, user.temporaryPasswordHash()));
        if (!oldMatches) {
            throw IdentityException.invalid("old_password", "does not match");
        }
        passwordPolicy().check(userId, next);
        user.password(hasher.hash(next), now);
        user.temporaryPassword(null, null);
        user.requirePasswordUpdate(false);
        user.touch(now);
        if (JsonFields.bool(request, "revoke_all_access_tokens").orElse(false)) {
            revokeTokens(userId);
        }
        LOG.info("user.password_updated user_id=" + userId);
    }

    public PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(settings.get().registration().passwordRequirements(), ZXCVBN);
    }

    private UserAccount find(String userId) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null || user.deletedAt() != null) {
            throw IdentityException.notFound(EntityId.user(userId));
        }
        return user;
    }

    private void requireUniqueEmail(String email, String exceptUserId) {
        List<?> clash = em.createNativeQuery("SELECT user_id FROM users WHERE lower(primary_email_address) = lower(?1)"
                        + " AND deleted_at IS NULL AND user_id <> ?2")
                .setParameter(1, email).setParameter(2, exceptUserId == null ? "" : exceptUserId).getResultList();
        if (!clash.isEmpty()) {
            throw new IdentityException(io.longwave.identity.ErrorKind.ALREADY_EXISTS, "email_taken",
                    "a user with this primary e-mail address exists", Map.of());
        }
    }

    private void revokeTokens(String userId) {
        em.createNativeQuery("DELETE FROM oauth_tokens WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
    }

    private static java.util.Optional<String> state(JsonObject body) {
        return JsonFields.string(body, "state").map(s -> {
            if (!UserAccount.STATES.contains(s)) {
                throw IdentityException.invalid("user.state", "must be one of " + UserAccount.STATES);
            }
            return s;
        });
    }

    static String describe(Caller caller) {
        return caller.anonymous() ? "anonymous" : caller.method() + ":" + (caller.userId() != null ? caller.userId() : caller.keyOwner());
    }
}
