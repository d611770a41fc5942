package io.longwave.it.registration;

import static io.longwave.it.registration.Registrations.errorName;
import static io.longwave.it.registration.Registrations.passwordGrant;
import static io.longwave.it.registration.Registrations.register;
import static io.longwave.it.registration.Registrations.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.api.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Self-registration mails a validation; when validation is required, an unvalidated user gets no tokens. */
class ContactInfoValidationIT {

    private static final String PATH = "/api/v3/contact_info/validation";

    private static JsonObject validation(String id, String token) {
        return Json.createObjectBuilder().add("id", id).add("token", token).build();
    }

    private static Api.Reply patch(JsonObject body) {
        return Api.call("PATCH", PATH, null, body);
    }

    @Test
    void requiredValidationBlocksLoginUntilTheMailedTokenComesBack() {
        String id = Api.uniqueId("civ");
        String email = id + "@example.com";
        try (Mailbox mail = Mailbox.open(Map.of("is.user-registration.contact-info-validation.required", "true"))) {
            assertEquals(200, register(id).status());
            Mailbox.Mail m = mail.next(email);
            assertTrue(m.headers().get("From").endsWith(">"), m.headers().toString());
            assertTrue(m.headers().containsKey("Message-ID") && m.headers().containsKey("Date"), m.headers().toString());

            Api.Reply refused = passwordGrant(id, Api.PASSWORD);
            assertEquals(400, refused.status(), refused.toString());
            assertEquals("invalid_grant", refused.json().getString("error"));
            assertTrue(refused.json().getString("error_description").contains("not validated"), refused.toString());

            Api.Reply wrong = patch(validation(m.field("Validation ID"), "WRONG" + m.token()));
            assertEquals(400, wrong.status(), wrong.toString());
            assertEquals("invalid_field", errorName(wrong));
            Api.Reply unknown = patch(validation("NOSUCHVALIDATION", m.token()));
            assertEquals(404, unknown.status(), unknown.toString());

            assertEquals(200, patch(validation(m.field("Validation ID"), m.token())).status());
            assertTrue(user(id).containsKey("primary_email_address_validated_at"));
            assertEquals(200, passwordGrant(id, Api.PASSWORD).status());

            Api.Reply again = patch(validation(m.field("Validation ID"), m.token()));
            assertEquals(400, again.status(), again.toString());
            assertEquals("validation_used", errorName(again));
        }
        // without the requirement an unvalidated user logs in
        String other = Api.uniqueId("civ");
        assertEquals(200, register(other).status());
        assertFalse(user(other).containsKey("primary_email_address_validated_at"));
        assertEquals(200, passwordGrant(other, Api.PASSWORD).status());
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        String id = Api.uniqueId("civ");
        try (Mailbox mail = Mailbox.open(Map.of("is.user-registration.contact-info-validation.token-ttl", "1s"))) {
            assertEquals(200, register(id).status());
            Mailbox.Mail m = mail.next(id + "@example.com");
            Thread.sleep(1_500);
            Api.Reply r = patch(validation(m.field("Validation ID"), m.token()));
            assertEquals(400, r.status(), r.toString());
            assertEquals("validation_expired", errorName(r));
        }
    }

    @Test
    void resendReplacesThePendingValidation() {
        String id = Api.uniqueId("civ");
        try (Mailbox mail = Mailbox.open(Map.of())) {
            assertEquals(200, register(id).status());
            Mailbox.Mail first = mail.next(id + "@example.com");
            String token = Api.login(id, Api.PASSWORD);
            JsonObject entity = Json.createObjectBuilder().add("entity", Json.createObjectBuilder()
                    .add("user_ids", Json.createObjectBuilder().add("user_id", id))).build();

            assertEquals(401, Api.post(PATH, null, entity).status());
            String stranger = Api.newUser(Api.uniqueId("civ-other"));
            assertEquals(404, Api.post(PATH, stranger, entity).status());

            Api.Reply resent = Api.post(PATH, token, entity);
            assertEquals(200, resent.status(), resent.toString());
            Mailbox.Mail second = mail.next(id + "@example.com");
            assertEquals(resent.json().getString("id"), second.field("Validation ID"));
            assertFalse(resent.body().contains(second.token()), "the token is only in the mail");

            assertEquals(404, patch(validation(first.field("Validation ID"), first.token())).status());
            assertEquals(200, patch(validation(second.field("Validation ID"), second.token())).status());
            Api.Reply done = Api.post(PATH, token, entity);
            assertEquals(400, done.status(), done.toString());
            assertEquals("already_validated", errorName(done));
        }
    }

    @Test
    void changingThePrimaryAddressAsksForValidationAgain() {
        String id = Api.uniqueId("civ");
        String next = id + "-new@example.com";
        try (Mailbox mail = Mailbox.open(Map.of())) {
            assertEquals(200, register(id).status());
            Mailbox.Mail first = mail.next(id + "@example.com");
            assertEquals(200, patch(validation(first.field("Validation ID"), first.token())).status());
            String token = Api.login(id, Api.PASSWORD);

            Api.Reply changed = Api.put("/api/v3/users/" + id, token, Json.createObjectBuilder()
                    .add("user", Json.createObjectBuilder().add("primary_email_address", next))
                    .add("field_mask", Json.createObjectBuilder().add("paths", Json.createArrayBuilder().add("primary_email_address")))
                    .build());
            assertEquals(200, changed.status(), changed.toString());
            assertFalse(user(id).containsKey("primary_email_address_validated_at"));
            Mailbox.Mail m = mail.next(next);
            assertTrue(m.body().contains(next), m.body());
            assertEquals(200, patch(validation(m.field("Validation ID"), m.token())).status());
            assertTrue(user(id).containsKey("primary_email_address_validated_at"));
        }
    }
}
