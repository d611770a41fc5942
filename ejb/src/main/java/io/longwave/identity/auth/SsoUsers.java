package io.longwave.identity.auth;

import io.longwave.identity.EntityDirectory;
import io.longwave.identity.EntityId;
import io.longwave.identity.ErrorKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.options.IdentitySettings;
import io.longwave.identity.user.UserAccount;
import io.longwave.identity.Identifiers;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Finds the local user behind a corporate SSO identity, creating it on first sight when user
 * registration is enabled. The link is the stored SSO subject only: an SSO identity never takes over a
 * local account that happens to have the same ID.
 */
@Stateless
public class SsoUsers {

    private static final Logger LOG = Logger.getLogger(SsoUsers.class.getName());
    /** Stored in place of a password hash: it never verifies, so SSO users cannot log in with a password. */
    static final String NO_PASSWORD = "!sso";

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    EntityDirectory directory;

    @Inject
    IdentitySettings settings;

    public UserAccount userFor(SsoIdentity identity) {
        List<UserAccount> linked = em.createQuery("SELECT u FROM UserAccount u WHERE u.ssoSubject = :s", UserAccount.class)
                .setParameter("s", identity.subject()).getResultList();
        UserAccount user = linked.isEmpty() ? create(identity) : linked.get(0);
        if (user.deletedAt() != null) {
            throw IdentityException.unauthenticated("the user of this SSO identity is deleted");
        }
        if (!UserAccount.STATE_APPROVED.equals(user.state())) {
            throw new IdentityException(ErrorKind.PERMISSION_DENIED, "user_not_approved",
                    "user `{id}` is in state {state} and needs an admin's approval", Map.of("id", user.userId(), "state", user.state()));
        }
        return user;
    }

    private UserAccount create(SsoIdentity identity) {
        var registration = settings.get().registration();
        if (!registration.enabled()) {
            throw new IdentityException(ErrorKind.PERMISSION_DENIED, "registration_disabled",
                    "no user is linked to this SSO identity and user registration is disabled", Map.of());
        }
        String userId = Identifiers.fromExternal(identity.subject());
        if (directory.taken(EntityId.user(userId))) {
            throw IdentityException.precondition("sso_user_id_taken",
                    "user ID `" + userId + "` derived from the SSO identity is taken by another account");
        }
        Instant now = Instant.now();
        UserAccount user = new UserAccount(userId, now);
        user.name(identity.name() == null ? "" : truncate(identity.name(), 50));
        user.primaryEmailAddress(identity.email() == null ? "" : identity.email());
        if (identity.email() != null) {
            // The IdP vouches for the address, so it counts as validated.
            user.primaryEmailAddressValidatedAt(now);
        }
        user.password(NO_PASSWORD, now);
        user.ssoSubject(identity.subject());
        user.state(registration.adminApprovalRequired() ? UserAccount.STATE_REQUESTED : UserAccount.STATE_APPROVED);
        user.initialLimits(settings.get().limits());
        em.persist(user);
        em.flush();
        LOG.info("sso.user_created user_id=" + userId + " state=" + user.state());
        return user;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
