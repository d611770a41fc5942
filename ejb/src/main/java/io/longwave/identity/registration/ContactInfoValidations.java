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
import io.longwave.identity.user.UserAccount;
import jakarta.ejb.Stateless;
import java.security.SecureRandom;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Contact-info validation ({@code is.user-registration.contact-info-validation.*}): a user proves that the
 * primary e-mail address is theirs by sending back the ID and token mailed to it. A new request replaces
 * the user's pending ones, so that only the latest mail works.
 */
@Stateless
public class ContactInfoValidations {

    private static final Logger LOG = Logger.getLogger(ContactInfoValidations.class.getName());

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    IdentitySettings settings;

    @Inject
    RightsResolver rights;

    @Inject
    Mailer mailer;

    /** Starts a validation of the user's current primary address and mails it. */
    public ContactInfoValidation start(UserAccount user) {
        Instant now = Instant.now();
        em.createQuery("DELETE FROM ContactInfoValidation v WHERE v.userId = :u AND v.usedAt IS NULL")
                .setParameter("u", user.userId()).executeUpdate();
        String token = SecretToken.randomSecret(random);
        ContactInfoValidation v = new ContactInfoValidation(SecretToken.randomId(random), SecretToken.hashOf(token), user.userId(),
                user.primaryEmailAddress(), now, now.plus(settings.get().registration().contactInfoValidationTokenTtl()));
        em.persist(v);
        mailer.send(EmailTemplate.CONTACT_INFO_VALIDATION, user.primaryEmailAddress(), Map.of(
                "user_id", user.userId(), "email", user.primaryEmailAddress(), "validation_id", v.validationId(),
                "token", token, "expires_at", v.expiresAt().toString()));
        LOG.info("contact_info.validation_requested user_id=" + user.userId() + " validation_id=" + v.validationId());
        return v;
    }

    /** {@code POST /api/v3/contact_info/validation}: mails a new validation for a user's primary address. */
    public JsonObject resend(Caller caller, JsonObject request) {
        String userId = JsonFields.requiredString(JsonFields.object(JsonFields.object(request, "entity"), "user_ids"), "user_id");
        rights.require(caller, EntityId.user(userId), Right.RIGHT_USER_SETTINGS_BASIC);
        UserAccount user = em.find(UserAccount.class, userId);
        if (user.primaryEmailAddressValidatedAt() != null) {
            throw IdentityException.precondition("already_validated",
                    "the primary e-mail address of user `" + userId + "` is already validated");
        }
        return json(start(user));
    }

    /** {@code PATCH /api/v3/contact_info/validation}: the ID and token from the mail; no login needed. */
    public void validate(JsonObject request) {
        String id = JsonFields.requiredString(request, "id");
        String token = JsonFields.requiredString(request, "token");
        ContactInfoValidation v = em.find(ContactInfoValidation.class, id);
        if (v == null) {
            throw new IdentityException(ErrorKind.NOT_FOUND, "validation_not_found",
                    "contact info validation `{id}` not found", Map.of("id", id));
        }
        if (!SecretToken.hashMatches(token, v.tokenHash())) {
            throw IdentityException.invalid("token", "does not match the validation");
        }
        Instant now = Instant.now();
        if (v.usedAt() != null) {
            throw IdentityException.precondition("validation_used", "this validation token has already been used");
        }
        if (!v.expiresAt().isAfter(now)) {
            throw IdentityException.precondition("validation_expired",
                    "this validation token expired at " + v.expiresAt() + "; request a new one");
        }
        UserAccount user = em.find(UserAccount.class, v.userId());
        if (user == null || user.deletedAt() != null || !v.email().equalsIgnoreCase(user.primaryEmailAddress())) {
            throw IdentityException.precondition("validation_stale",
                    "the e-mail address of this validation is no longer the user's primary address");
        }
        v.used(now);
        user.primaryEmailAddressValidatedAt(now);
        user.touch(now);
        LOG.info("contact_info.validated user_id=" + user.userId() + " validation_id=" + id);
    }

    private static JsonObject json(ContactInfoValidation v) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("id", v.validationId())
                .add("entity", Jsonp.createObjectBuilder().add("user_ids", Jsonp.createObjectBuilder().add("user_id", v.userId())))
                .add("contact_info", Jsonp.createArrayBuilder().add(Jsonp.createObjectBuilder()
                        .add("contact_method", "CONTACT_METHOD_OTHER").add("value", v.email())));
        JsonFields.timestamp(b, "created_at", v.createdAt());
        JsonFields.timestamp(b, "expires_at", v.expiresAt());
        return b.build();
    }
}
