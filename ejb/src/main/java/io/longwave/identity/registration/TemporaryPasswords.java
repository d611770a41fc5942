package io.longwave.identity.registration;

import io.longwave.identity.auth.SecretToken;
import io.longwave.identity.email.EmailTemplate;
import io.longwave.identity.email.Mailer;
import io.longwave.identity.user.UserAccount;
import io.longwave.platform.security.PasswordHasher;
import jakarta.ejb.Stateless;
import java.security.SecureRandom;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Password reset ({@code POST /users/{id}/temporary_password}): mails a temporary password, valid for an
 * hour, that the password change accepts as the old password. Anyone may ask and the answer is always the
 * same, so that the call does not tell whether a user exists; the temporary password never logs anyone in.
 */
@Stateless
public class TemporaryPasswords {

    private static final Logger LOG = Logger.getLogger(TemporaryPasswords.class.getName());
    static final Duration TTL = Duration.ofHours(1);

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    Mailer mailer;

    private final PasswordHasher hasher = PasswordHasher.standard();

    public void request(String userId) {
        UserAccount user = userId == null ? null : em.find(UserAccount.class, userId);
        String password = SecretToken.randomSecret(random);
        // A slow hash, as for the real password: the temporary one is as good as it while it lives. It is
        // computed for unknown users too, so that the answer time does not tell whether the user exists.
        String hash = hasher.hash(password);
        if (user == null || user.deletedAt() != null || user.ssoSubject() != null) {
            LOG.info("temporary_password.ignored reason=no_such_local_user");
            return;
        }
        Instant expiresAt = Instant.now().plus(TTL);
        user.temporaryPassword(hash, expiresAt);
        mailer.send(EmailTemplate.TEMPORARY_PASSWORD, user.primaryEmailAddress(), Map.of(
                "user_id", user.userId(), "token", password, "expires_at", expiresAt.toString()));
        LOG.info("temporary_password.sent user_id=" + user.userId());
    }
}
