package io.longwave.it.registration;

import io.longwave.it.api.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;

/** Calls shared by the registration ITs. */
final class Registrations {

    private Registrations() {
    }

    /** Anonymous self-registration, optionally with an invitation token. */
    static Api.Reply register(String userId, String email, String password, String invitationToken) {
        var body = Json.createObjectBuilder().add("user", Json.createObjectBuilder()
                .add("ids", Json.createObjectBuilder().add("user_id", userId))
                .add("primary_email_address", email)
                .add("password", password));
        if (invitationToken != null) {
            body.add("invitation_token", invitationToken);
        }
        return Api.post("/api/v3/users", null, body.build());
    }

    static Api.Reply register(String userId) {
        return register(userId, userId + "@example.com", Api.PASSWORD, null);
    }

    static Api.Reply passwordGrant(String userId, String password) {
        return Api.token(Map.of("grant_type", "password", "client_id", "cli", "username", userId, "password", password));
    }

    /** The TTS error name of a refusal ({@code details[0].name}). */
    static String errorName(Api.Reply r) {
        return r.json().getJsonArray("details").getJsonObject(0).getString("name");
    }

    static JsonObject user(String userId) {
        return Api.get("/api/v3/users/" + userId, Api.admin()).json();
    }
}
