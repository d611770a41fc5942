package io.longwave.identity.registration;

import io.longwave.identity.auth.SecretToken;
import io.longwave.identity.IdentityException;
import io.longwave.identity.OAuthClient;
import io.longwave.identity.api.JsonFields;
import io.longwave.identity.auth.OAuthError;
import io.longwave.identity.auth.TokenGrant;
import io.longwave.identity.auth.TokenIssuer;
import io.longwave.identity.email.EmailTemplate;
import io.longwave.identity.email.Mailer;
import io.longwave.identity.options.IdentityOptions;
import io.longwave.identity.options.IdentitySettings;
import io.longwave.identity.user.UserAccount;
import io.longwave.platform.security.PasswordHasher;
import jakarta.ejb.Stateless;
import java.security.SecureRandom;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Login tokens ({@code is.login-tokens.*}, "magic links"): a one-time token mailed to a user that the
 * token endpoint exchanges once, before it expires, for an OAuth token pair. Asking for one never tells
 * whether the user exists.
 */
@Stateless
public class LoginTokens {

    private static final Logger LOG = Logger.getLogger(LoginTokens.class.getName());

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    IdentitySettings settings;

    @Inject
    Mailer mailer;

    @Inject
    TokenIssuer issuer;

    private final PasswordHasher hasher = PasswordHasher.standard();

    /** {@code POST /api/v3/users/login-token} with {@code {"user_ids":{"user_id"}}}. */
    public void request(JsonObject body) {
        IdentityOptions.LoginTokens options = settings.get().loginTokens();
        if (!options.enabled()) {
            throw IdentityException.precondition("login_tokens_disabled", "login tokens are disabled (is.login-tokens.enabled)");
        }
        String userId = JsonFields.requiredString(JsonFields.object(body, "user_ids"), "user_id");
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null || user.deletedAt() != null || user.primaryEmailAddress().isEmpty()) {
            LOG.info("login_token.ignored reason=no_such_user");
            return;
        }
        Instant now = Instant.now();
        String token = SecretToken.randomSecret(random);
        LoginToken stored = new LoginToken(SecretToken.hashOf(token), userId, now, now.plus(options.tokenTtl()));
        em.persist(stored);
        mailer.send(EmailTemplate.LOGIN_TOKEN, user.primaryEmailAddress(), Map.of(
                "user_id", userId, "token", token, "expires_at", stored.expiresAt().toString()));
        LOG.info("login_token.sent user_id=" + userId);
    }

    /** The {@code login_token} grant: spends the token and issues a token pair for its user. */
    public TokenGrant exchange(String clientId, String clientSecret, String token) {
        if (!settings.get().loginTokens().enabled()) {
            throw new OAuthError("unsupported_grant_type", "login tokens are disabled here", 400);
        }
        requireClient(clientId, clientSecret);
        if (token == null || token.isBlank()) {
            throw new OAuthError("invalid_request", "login_token is required", 400);
        }
        List<LoginToken> found = em.createQuery("SELECT t FROM LoginToken t WHERE t.tokenHash = :h", LoginToken.class)
                .setParameter("h", SecretToken.hashOf(token)).getResultList();
        if (found.isEmpty()) {
            throw new OAuthError("invalid_grant", "the login token is not valid", 400);
        }
        LoginToken stored = found.get(0);
        Instant now = Instant.now();
        if (stored.usedAt() != null) {
            throw new OAuthError("invalid_grant", "the login token has already been used", 400);
        }
        if (!stored.expiresAt().isAfter(now)) {
            throw new OAuthError("invalid_grant", "the login token has expired", 400);
        }
        stored.used(now);
        UserAccount user = em.find(UserAccount.class, stored.userId());
        LOG.info("login_token.used user_id=" + stored.userId() + " client_id=" + clientId);
        return issuer.forUser(user, clientId);
    }

    // TokenIssuer.forUser trusts its caller about the client; a confidential client must prove itself here.
    private void requireClient(String clientId, String clientSecret) {
        OAuthClient client = clientId == null ? null : em.find(OAuthClient.class, clientId);
        if (client == null) {
            throw new OAuthError("invalid_client", "unknown client", 401);
        }
        if (client.secretHash() != null && (clientSecret == null || !hasher.verify(clientSecret, client.secretHash()))) {
            throw new OAuthError("invalid_client", "wrong client secret", 401);
        }
    }
}
