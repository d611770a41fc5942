package io.longwave.it.registration;

import static io.longwave.it.registration.Registrations.errorName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.api.Api;
import io.longwave.it.api.ServerOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Login tokens: mailed on request, exchanged once at the token endpoint for a token pair. */
class LoginTokenIT {

    private static Api.Reply requestToken(String userId) {
        JsonObject body = Json.createObjectBuilder().add("user_ids", Json.createObjectBuilder().add("user_id", userId)).build();
        return Api.post("/api/v3/users/login-token", null, body);
    }

    private static Api.Reply exchange(String token) {
        return Api.token(Map.of("grant_type", "login_token", "client_id", "cli", "login_token", token));
    }

    @Test
    void aMailedTokenLogsInOnce() {
        String id = Api.uniqueId("magic");
        Api.newUser(id);
        try (Mailbox mail = Mailbox.open(Map.of("is.login-tokens.enabled", "true"))) {
            Api.Reply r = requestToken(id);
            assertEquals(200, r.status(), r.toString());
            assertEquals("{}", r.body().replace(" ", ""));
            String token = mail.next(id + "@example.com").token();

            Api.Reply pair = exchange(token);
            assertEquals(200, pair.status(), pair.toString());
            assertEquals("bearer", pair.json().getString("token_type"));
            assertTrue(pair.json().containsKey("refresh_token"));
            assertEquals(200, Api.get("/api/v3/users/" + id, pair.json().getString("access_token")).status());

            Api.Reply again = exchange(token);
            assertEquals(400, again.status(), again.toString());
            assertEquals("invalid_grant", again.json().getString("error"));
            assertEquals(400, exchange("NOTATOKEN").status());
            Api.Reply confidential = Api.token(Map.of("grant_type", "login_token", "client_id", "console", "login_token", token));
            assertEquals(401, confidential.status(), "the console client must authenticate: " + confidential);

            String missing = Api.uniqueId("nobody");
            assertEquals(200, requestToken(missing).status());
            mail.assertNothingFor(missing + "@example.com", 1_000);
        }
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        String id = Api.uniqueId("magic");
        Api.newUser(id);
        try (Mailbox mail = Mailbox.open(Map.of("is.login-tokens.enabled", "true", "is.login-tokens.token-ttl", "1s"))) {
            assertEquals(200, requestToken(id).status());
            String token = mail.next(id + "@example.com").token();
            Thread.sleep(1_500);
            Api.Reply r = exchange(token);
            assertEquals(400, r.status(), r.toString());
            assertTrue(r.json().getString("error_description").contains("expired"), r.toString());
        }
    }

    @Test
    void disabledByDefault() {
        String id = Api.uniqueId("magic");
        Api.newUser(id);
        Api.Reply r = requestToken(id);
        assertEquals(400, r.status(), r.toString());
        assertEquals(9, r.json().getInt("code"), "FAILED_PRECONDITION");
        assertEquals("login_tokens_disabled", errorName(r));
        assertEquals(400, exchange("ANYTHING").status());
    }
}
