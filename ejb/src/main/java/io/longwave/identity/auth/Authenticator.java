package io.longwave.identity.auth;

import io.longwave.identity.EntityDirectory;
import io.longwave.identity.EntityId;
import io.longwave.identity.EntityKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.user.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a bearer credential into a {@link Caller}: API keys ({@code NNSXS.}) and OAuth access tokens
 * ({@code MFRWG.}) are looked up by ID and checked by hash. Every refusal says only that the credential
 * is not valid, never which part was wrong.
 */
@Stateless
public class Authenticator {

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    EntityDirectory directory;

    @Inject
    SsoUsers ssoUsers;

    public Caller bearer(String value) {
        SecretToken token = SecretToken.parse(value).orElseThrow(Authenticator::invalid);
        return switch (token.prefix()) {
            case SecretToken.API_KEY -> apiKey(token);
            case SecretToken.ACCESS_TOKEN -> accessToken(token);
            default -> throw invalid();
        };
    }

    public Caller sso(SsoIdentity identity) {
        UserAccount user = ssoUsers.userFor(identity);
        return Caller.sso(user.userId(), user.admin() || identity.admin());
    }

    private Caller apiKey(SecretToken token) {
        ApiKey key = em.find(ApiKey.class, token.id());
        if (key == null || !token.matches(key.keyHash()) || key.expired(Instant.now())) {
            throw invalid();
        }
        EntityId owner = key.owner();
        boolean admin = false;
        if (owner.kind() == EntityKind.USER) {
            admin = activeUser(owner.id()).admin();
        } else if (directory.presence(owner) != EntityDirectory.Presence.LIVE) {
            throw invalid();
        }
        return Caller.apiKey(owner, admin, key.rights(), key.keyId());
    }

    private Caller accessToken(SecretToken token) {
        OAuthToken stored = em.find(OAuthToken.class, token.id());
        if (stored == null || !token.matches(stored.accessHash()) || !stored.accessExpiresAt().isAfter(Instant.now())) {
            throw invalid();
        }
        UserAccount user = activeUser(stored.userId());
        return Caller.accessToken(user.userId(), user.admin(), stored.rights(), stored.tokenId(), stored.clientId());
    }

    private UserAccount activeUser(String userId) {
        return Optional.ofNullable(em.find(UserAccount.class, userId))
                .filter(u -> u.deletedAt() == null && UserAccount.STATE_APPROVED.equals(u.state()))
                .orElseThrow(Authenticator::invalid);
    }

    private static IdentityException invalid() {
        return IdentityException.unauthenticated("the API key or token is not valid");
    }
}
