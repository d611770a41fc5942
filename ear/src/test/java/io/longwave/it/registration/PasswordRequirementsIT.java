package io.longwave.it.registration;

import static io.longwave.it.registration.Registrations.errorName;
import static io.longwave.it.registration.Registrations.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.api.Api;
import io.longwave.it.api.ServerOptions;
import jakarta.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The password requirements are read live: changing them changes what registration and password change accept. */
class PasswordRequirementsIT {

    @Test
    void aLongerMinimumLengthRefusesAPasswordThatPassedBefore() {
        String id = Api.uniqueId("pwlen");
        try (ServerOptions o = ServerOptions.set(Map.of("is.user-registration.password-requirements.min-length", "20"))) {
            Api.Reply r = register(id);
            assertEquals(400, r.status(), r.toString());
            assertEquals("weak_password", errorName(r));
            assertTrue(r.body().contains("at least 20 characters"), r.body());
            assertEquals(200, register(id, id + "@example.com", "Gr33n-Tomato-Soup-Bowl", null).status());
        }
        String other = Api.uniqueId("pwlen");
        assertEquals(200, register(other).status(), "the default minimum (8) accepts it again");
    }

    @Test
    void specialCharactersRequiredForAPasswordChange() {
        String id = Api.uniqueId("pwspecial");
        String token = Api.newUser(id);
        try (ServerOptions o = ServerOptions.set(Map.of("is.user-registration.password-requirements.min-special", "3"))) {
            Api.Reply r = Api.put("/api/v3/users/" + id + "/password", token, Json.createObjectBuilder()
                    .add("old_password", Api.PASSWORD).add("new_password", "RedApple-Pie77").build());
            assertEquals(400, r.status(), r.toString());
            assertTrue(r.body().contains("3 special"), r.body());
            assertEquals(200, Api.put("/api/v3/users/" + id + "/password", token, Json.createObjectBuilder()
                    .add("old_password", Api.PASSWORD).add("new_password", "Red-Apple-Pie-77!").build()).status());
        }
    }
}
