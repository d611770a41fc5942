package io.longwave.it.registration;

import static io.longwave.it.registration.Registrations.passwordGrant;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.it.api.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code is.user-login.disable-credentials-login}: no password grant, while other ways in still work. */
class CredentialsLoginIT {

    @Test
    void thePasswordGrantIsRefusedWhileLoginTokensStillWork() {
        String id = Api.uniqueId("nocreds");
        Api.newUser(id);
        try (Mailbox mail = Mailbox.open(Map.of("is.user-login.disable-credentials-login", "true",
                "is.login-tokens.enabled", "true"))) {
            Api.Reply refused = passwordGrant(id, Api.PASSWORD);
            assertEquals(400, refused.status(), refused.toString());
            assertEquals("unauthorized_client", refused.json().getString("error"));

            assertEquals(200, Api.post("/api/v3/users/login-token", null, jakarta.json.Json.createObjectBuilder()
                    .add("user_ids", jakarta.json.Json.createObjectBuilder().add("user_id", id)).build()).status());
            String token = mail.next(id + "@example.com").token();
            assertEquals(200, Api.token(Map.of("grant_type", "login_token", "client_id", "cli", "login_token", token)).status());
        }
        assertEquals(200, passwordGrant(id, Api.PASSWORD).status(), "password login is back once the option is off");
    }
}
