package io.longwave.identity.registration;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.auth.SecretToken;
import io.longwave.identity.EntityId;
import io.longwave.identity.ErrorKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.api.JsonFields;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.email.EmailTemplate;
import io.longwave.identity.email.Mailer;
import io.longwave.identity.options.IdentitySettings;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import io.longwave.identity.user.EmailAddress;
import jakarta.ejb.Stateless;
import java.security.SecureRandom;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Invitations ({@code is.user-registration.invitation.*}): a user with RIGHT_SEND_INVITES invites an
 * e-mail address; the mailed token lets anyone holding it register once before it expires. As in The
 * Things Stack the token is not bound to the invited address. The token is only ever in the mail.
 */
@Stateless
public class Invitations {

    private static final Logger LOG = Logger.getLogger(Invitations.class.getName());

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    IdentitySettings settings;

    @Inject
    RightsResolver rights;

    @Inject
    Mailer mailer;

    /** {@code POST /api/v3/invitations}. An expired, unaccepted invitation of the same address is replaced. */
    public JsonObject send(Caller caller, JsonObject request) {
        String inviter = requireInviter(caller);
        String email = EmailAddress.require("email", JsonFields.string(request, "email").orElse(null)).toLowerCase(Locale.ROOT);
        Instant now = Instant.now();
        Invitation existing = em.find(Invitation.class, email);
        if (existing != null) {
            if (existing.acceptedAt() != null || existing.expiresAt().isAfter(now)) {
                throw new IdentityException(ErrorKind.ALREADY_EXISTS, "invitation_already_exists",
                        "an invitation for `{email}` exists", Map.of("email", email));
            }
            em.remove(existing);
            em.flush();
        }
        String token = SecretToken.randomSecret(random);
        Invitation invitation = new Invitation(email, SecretToken.hashOf(token), inviter, now,
                now.plus(settings.get().registration().invitationTokenTtl()));
        em.persist(invitation);
        mailer.send(EmailTemplate.INVITATION, email, Map.of("inviter_id", inviter, "token", token,
                "expires_at", invitation.expiresAt().toString()));
        LOG.info("invitation.sent by=" + inviter);
        return json(invitation);
    }

    /** {@code GET /api/v3/invitations}: the caller's own invitations. */
    public JsonObject list(Caller caller) {
        String inviter = requireInviter(caller);
        List<Invitation> sent = em.createQuery(
                        "SELECT i FROM Invitation i WHERE i.inviterUserId = :u ORDER BY i.createdAt", Invitation.class)
                .setParameter("u", inviter).getResultList();
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        sent.forEach(i -> out.add(json(i)));
        return Jsonp.createObjectBuilder().add("invitations", out).build();
    }

    /** {@code DELETE /api/v3/invitations?email=}: withdraws one of the caller's invitations. */
    public void delete(Caller caller, String email) {
        String inviter = requireInviter(caller);
        String address = EmailAddress.require("email", email).toLowerCase(Locale.ROOT);
        Invitation invitation = em.find(Invitation.class, address);
        if (invitation == null || !invitation.inviterUserId().equals(inviter)) {
            throw new IdentityException(ErrorKind.NOT_FOUND, "invitation_not_found",
                    "invitation for `{email}` not found", Map.of("email", address));
        }
        em.remove(invitation);
        LOG.info("invitation.deleted by=" + inviter);
    }

    /** Used by self-registration: marks the invitation of {@code token} accepted by the new user. */
    public void accept(String token, String userId) {
        List<Invitation> found = em.createQuery("SELECT i FROM Invitation i WHERE i.tokenHash = :h", Invitation.class)
                .setParameter("h", SecretToken.hashOf(token)).getResultList();
        if (found.isEmpty()) {
            throw IdentityException.invalid("invitation_token", "is not a valid invitation token");
        }
        Invitation invitation = found.get(0);
        Instant now = Instant.now();
        if (invitation.acceptedAt() != null) {
            throw IdentityException.precondition("invitation_used", "this invitation has already been used");
        }
        if (!invitation.expiresAt().isAfter(now)) {
            throw IdentityException.precondition("invitation_expired", "this invitation expired at " + invitation.expiresAt());
        }
        invitation.accept(userId, now);
        LOG.info("invitation.accepted user_id=" + userId + " inviter=" + invitation.inviterUserId());
    }

    private String requireInviter(Caller caller) {
        if (caller.anonymous()) {
            throw IdentityException.unauthenticated("sending invitations needs a user's credentials");
        }
        if (!caller.actsAsUser()) {
            throw IdentityException.permissionDenied(Right.RIGHT_SEND_INVITES.name() + " of a user");
        }
        rights.require(caller, EntityId.user(caller.userId()), Right.RIGHT_SEND_INVITES);
        return caller.userId();
    }

    private static JsonObject json(Invitation i) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("email", i.email());
        JsonFields.timestamp(b, "created_at", i.createdAt());
        JsonFields.timestamp(b, "updated_at", i.acceptedAt() != null ? i.acceptedAt() : i.createdAt());
        JsonFields.timestamp(b, "expires_at", i.expiresAt());
        JsonFields.timestamp(b, "accepted_at", i.acceptedAt());
        if (i.acceptedByUserId() != null) {
            b.add("accepted_by", Jsonp.createObjectBuilder().add("user_id", i.acceptedByUserId()));
        }
        return b.build();
    }
}
