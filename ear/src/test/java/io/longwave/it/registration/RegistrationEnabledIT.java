package io.longwave.it.registration;

import static io.longwave.it.registration.Registrations.errorName;
import static io.longwave.it.registration.Registrations.register;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.it.api.Api;
import io.longwave.it.api.ServerOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code is.user-registration.enabled=false}: no self-registration, while admins still create users. */
class RegistrationEnabledIT {

    @Test
    void selfRegistrationIsRefusedButAdminCreationWorks() {
        String refused = Api.uniqueId("noreg");
        String byAdmin = Api.uniqueId("noreg");
        try (ServerOptions o = ServerOptions.set(Map.of("is.user-registration.enabled", "false"))) {
            Api.Reply r = register(refused);
            assertEquals(400, r.status(), r.toString());
            assertEquals("registration_disabled", errorName(r));
            Api.newUser(byAdmin);
        }
        assertEquals(404, Api.get("/api/v3/users/" + refused, Api.admin()).status());
        assertEquals(200, Api.get("/api/v3/users/" + byAdmin, Api.admin()).status());
        assertEquals(200, register(refused).status(), "self-registration is back once the option is on");
    }
}
