package io.longwave.it.registration;

import static io.longwave.it.registration.Registrations.passwordGrant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.it.api.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Password reset: a mailed temporary password that only the password change accepts. */
class TemporaryPasswordIT {

    private static Api.Reply requestReset(String userId) {
        return Api.post("/api/v3/users/" + userId + "/temporary_password", null, JsonObject.EMPTY_JSON_OBJECT);
    }

    private static Api.Reply changePassword(String userId, String old, String next) {
        return Api.put("/api/v3/users/" + userId + "/password", null, Json.createObjectBuilder()
                .add("old_password", old).add("new_password", next).build());
    }

    @Test
    void theTemporaryPasswordChangesTheForgottenPasswordOnce() {
        String id = Api.uniqueId("reset");
        Api.newUser(id);
        String next = "Blue-Kettle-Morning-9";
        try (Mailbox mail = Mailbox.open(Map.of())) {
            Api.Reply r = requestReset(id);
            assertEquals(200, r.status(), r.toString());
            assertEquals("{}", r.body().replace(" ", ""));
            String temporary = mail.next(id + "@example.com").field("Temporary password");

            assertEquals(400, passwordGrant(id, temporary).status(), "the temporary password does not log in");
            assertEquals(200, passwordGrant(id, Api.PASSWORD).status(), "the old password still works until changed");
            assertEquals(400, changePassword(id, "WRONG" + temporary, next).status());

            Api.Reply changed = changePassword(id, temporary, next);
            assertEquals(200, changed.status(), changed.toString());
            assertEquals(200, passwordGrant(id, next).status());
            assertEquals(400, passwordGrant(id, Api.PASSWORD).status());
            assertEquals(400, changePassword(id, temporary, "Another-Kettle-42").status(), "used once");
        }
    }

    @Test
    void theAnswerDoesNotRevealWhetherTheUserExists() {
        String missing = Api.uniqueId("nobody");
        try (Mailbox mail = Mailbox.open(Map.of())) {
            Api.Reply r = requestReset(missing);
            assertEquals(200, r.status(), r.toString());
            assertEquals("{}", r.body().replace(" ", ""));
            Api.Reply change = changePassword(missing, "whatever", "Blue-Kettle-Morning-9");
            assertEquals(400, change.status(), change.toString());
            mail.assertNothingFor(missing + "@example.com", 1_000);
        }
    }
}
