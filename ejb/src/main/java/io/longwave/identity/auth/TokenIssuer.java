package io.longwave.identity.auth;

import io.longwave.identity.OAuthClient;
import io.longwave.identity.options.IdentitySettings;
import io.longwave.identity.rights.Rights;
import io.longwave.identity.user.UserAccount;
import io.longwave.identity.user.UserRegistrationSteps;
import io.longwave.platform.security.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The OAuth token endpoint's logic for the {@code console} and {@code cli} clients: the password grant,
 * the refresh grant (which rotates the pair), and tokens for users proven some other way (login tokens).
 */
@Stateless
public class TokenIssuer {

    private static final Logger LOG = Logger.getLogger(TokenIssuer.class.getName());
    static final Duration ACCESS_TTL = Duration.ofHours(1);
    static final Duration REFRESH_TTL = Duration.ofDays(30);

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    IdentitySettings settings;

    @Inject
    UserRegistrationSteps registrationSteps;

    private final PasswordHasher hasher = PasswordHasher.standard();
    private final SecureRandom random = new SecureRandom();

    public TokenGrant password(String clientId, String clientSecret, String username, String password) {
        OAuthClient client = client(clientId, clientSecret);
        if (settings.get().credentialsLoginDisabled()) {
            throw new OAuthError("unauthorized_client", "login with a password is disabled here; sign in through SSO", 400);
        }
        UserAccount user = byUsername(username);
        if (user == null || password == null || !hasher.verify(password, user.passwordHash())) {
            LOG.info("oauth.login_refused client_id=" + clientId);
            throw new OAuthError("invalid_grant", "wrong user ID, e-mail address or password", 400);
        }
        return issue(requireActive(user), client);
    }

    public TokenGrant refresh(String clientId, String clientSecret, String refreshToken) {
        OAuthClient client = client(clientId, clientSecret);
        SecretToken token = SecretToken.parse(refreshToken).filter(t -> t.prefix().equals(SecretToken.ACCESS_TOKEN))
                .orElseThrow(() -> new OAuthError("invalid_grant", "the refresh token is not valid", 400));
        OAuthToken stored = em.find(OAuthToken.class, token.id());
        if (stored == null || !token.matches(stored.refreshHash()) || !stored.clientId().equals(client.clientId())
                || !stored.refreshExpiresAt().isAfter(Instant.now())) {
            throw new OAuthError("invalid_grant", "the refresh token is not valid", 400);
        }
        UserAccount user = em.find(UserAccount.class, stored.userId());
        em.remove(stored);
        return issue(requireActive(user), client);
    }

    /** A token pair for a user whose identity another flow (a login token) has proven. */
    public TokenGrant forUser(UserAccount user, String clientId) {
        OAuthClient client = em.find(OAuthClient.class, clientId);
        if (client == null) {
            throw new OAuthError("invalid_client", "unknown client", 401);
        }
        return issue(requireActive(user), client);
    }

    private TokenGrant issue(UserAccount user, OAuthClient client) {
        registrationSteps.loginRefusal(user).ifPresent(why -> { throw new OAuthError("invalid_grant", why, 400); });
        Instant now = Instant.now();
        SecretToken access = SecretToken.generate(SecretToken.ACCESS_TOKEN, random);
        SecretToken refresh = access.sibling(random);
        em.persist(new OAuthToken(access, refresh, user.userId(), client.clientId(), Rights.of(client.rights()),
                now, now.plus(ACCESS_TTL), now.plus(REFRESH_TTL)));
        LOG.info("oauth.token_issued user_id=" + user.userId() + " client_id=" + client.clientId() + " token_id=" + access.id());
        return new TokenGrant(access.value(), refresh.value(), ACCESS_TTL.toSeconds());
    }

    private OAuthClient client(String clientId, String clientSecret) {
        OAuthClient client = clientId == null ? null : em.find(OAuthClient.class, clientId);
        if (client == null) {
            throw new OAuthError("invalid_client", "unknown client", 401);
        }
        if (client.secretHash() != null && (clientSecret == null || !hasher.verify(clientSecret, client.secretHash()))) {
            throw new OAuthError("invalid_client", "wrong client secret", 401);
        }
        return client;
    }

    private UserAccount byUsername(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        UserAccount byId = em.find(UserAccount.class, username);
        if (byId != null) {
            return byId;
        }
        List<UserAccount> byEmail = em.createQuery(
                        "SELECT u FROM UserAccount u WHERE lower(u.primaryEmailAddress) = lower(:e) AND u.deletedAt IS NULL",
                        UserAccount.class)
                .setParameter("e", username).getResultList();
        return byEmail.size() == 1 ? byEmail.get(0) : null;
    }

    private static UserAccount requireActive(UserAccount user) {
        if (user == null || user.deletedAt() != null) {
            throw new OAuthError("invalid_grant", "wrong user ID, e-mail address or password", 400);
        }
        if (!UserAccount.STATE_APPROVED.equals(user.state())) {
            throw new OAuthError("invalid_grant", "user `" + user.userId() + "` is in state " + user.state(), 400);
        }
        return user;
    }
}
