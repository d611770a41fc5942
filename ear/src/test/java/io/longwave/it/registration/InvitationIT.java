package io.longwave.it.registration;

import static io.longwave.it.registration.Registrations.errorName;
import static io.longwave.it.registration.Registrations.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.api.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invitations: sent by users with RIGHT_SEND_INVITES, mailed, spent once by self-registration. */
class InvitationIT {

    private static JsonObject invite(String email) {
        return Json.createObjectBuilder().add("email", email).build();
    }

    @Test
    void whenRequiredRegistrationNeedsAMailedInvitationUsableOnce() {
        String inviter = Api.uniqueId("inviter");
        String inviterToken = Api.newUser(inviter);
        String invitee = Api.uniqueId("invitee");
        String email = invitee + "@example.com";
        try (Mailbox mail = Mailbox.open(Map.of("is.user-registration.invitation.required", "true"))) {
            Api.Reply without = register(invitee);
            assertEquals(400, without.status(), without.toString());
            assertEquals("invitation_required", errorName(without));
            Api.Reply bogus = register(invitee, email, Api.PASSWORD, "NOTATOKEN");
            assertEquals(400, bogus.status(), bogus.toString());

            Api.Reply sent = Api.post("/api/v3/invitations", inviterToken, invite(email));
            assertEquals(200, sent.status(), sent.toString());
            assertEquals(email, sent.json().getString("email"));
            Mailbox.Mail m = mail.next(email);
            assertTrue(m.body().contains(inviter), m.body());
            assertFalse(sent.body().contains(m.token()), "the token is only in the mail");
            assertEquals(409, Api.post("/api/v3/invitations", inviterToken, invite(email)).status());

            // TTS does not bind the token to the invited address
            Api.Reply registered = register(invitee, invitee + "@elsewhere.example.com", Api.PASSWORD, m.token());
            assertEquals(200, registered.status(), registered.toString());
            String second = Api.uniqueId("invitee");
            Api.Reply reused = register(second, second + "@example.com", Api.PASSWORD, m.token());
            assertEquals(400, reused.status(), reused.toString());
            assertEquals("invitation_used", errorName(reused));
            assertEquals(404, Api.get("/api/v3/users/" + second, Api.admin()).status(), "the refused user was rolled back");

            JsonObject listed = Api.get("/api/v3/invitations", inviterToken).json().getJsonArray("invitations").getJsonObject(0);
            assertEquals(email, listed.getString("email"));
            assertEquals(invitee, listed.getJsonObject("accepted_by").getString("user_id"));

            // an admin creates users without invitations
            assertEquals(200, Api.post("/api/v3/users", Api.admin(), Json.createObjectBuilder().add("user",
                    Json.createObjectBuilder().add("ids", Json.createObjectBuilder().add("user_id", second))
                            .add("primary_email_address", second + "@example.com").add("password", Api.PASSWORD)).build()).status());
        }
    }

    @Test
    void anExpiredInvitationIsRefused() throws InterruptedException {
        String inviterToken = Api.newUser(Api.uniqueId("inviter"));
        String invitee = Api.uniqueId("invitee");
        try (Mailbox mail = Mailbox.open(Map.of("is.user-registration.invitation.token-ttl", "1s"))) {
            assertEquals(200, Api.post("/api/v3/invitations", inviterToken, invite(invitee + "@example.com")).status());
            String token = mail.next(invitee + "@example.com").token();
            Thread.sleep(1_500);
            Api.Reply r = register(invitee, invitee + "@example.com", Api.PASSWORD, token);
            assertEquals(400, r.status(), r.toString());
            assertEquals("invitation_expired", errorName(r));
            // an expired invitation may be sent again
            assertEquals(200, Api.post("/api/v3/invitations", inviterToken, invite(invitee + "@example.com")).status());
        }
    }

    @Test
    void onlyTheInviterSeesAndWithdrawsInvitationsAndTheRightIsChecked() {
        String inviter = Api.uniqueId("inviter");
        String inviterToken = Api.newUser(inviter);
        String otherToken = Api.newUser(Api.uniqueId("other"));
        String email = Api.uniqueId("invitee") + "@example.com";

        assertEquals(401, Api.post("/api/v3/invitations", null, invite(email)).status());
        Api.Reply key = Api.post("/api/v3/users/" + inviter + "/api-keys", inviterToken, Json.createObjectBuilder()
                .add("name", "no-invites").add("rights", Json.createArrayBuilder().add("RIGHT_USER_INFO")).build());
        assertEquals(200, key.status(), key.toString());
        Api.Reply denied = Api.post("/api/v3/invitations", key.json().getString("key"), invite(email));
        assertEquals(403, denied.status(), denied.toString());
        assertEquals(400, Api.post("/api/v3/invitations", inviterToken, invite("not-an-address")).status());

        assertEquals(200, Api.post("/api/v3/invitations", inviterToken, invite(email)).status());
        assertEquals(0, Api.get("/api/v3/invitations", otherToken).json().getJsonArray("invitations").size());
        assertEquals(404, Api.delete("/api/v3/invitations?email=" + email, otherToken).status());
        assertEquals(200, Api.delete("/api/v3/invitations?email=" + email, inviterToken).status());
        assertEquals(404, Api.delete("/api/v3/invitations?email=" + email, inviterToken).status());
        assertEquals(0, Api.get("/api/v3/invitations", inviterToken).json().getJsonArray("invitations").size());
    }
}
