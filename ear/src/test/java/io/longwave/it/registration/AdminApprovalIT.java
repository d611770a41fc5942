package io.longwave.it.registration;

import static io.longwave.it.registration.Registrations.passwordGrant;
import static io.longwave.it.registration.Registrations.register;
import static io.longwave.it.registration.Registrations.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.api.Api;
import io.longwave.it.api.ServerOptions;
import jakarta.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With admin approval required, self-registered users wait in STATE_REQUESTED until an admin approves. */
class AdminApprovalIT {

    @Test
    void aRequestedUserLogsInOnlyAfterAnAdminApproves() {
        String id = Api.uniqueId("approve");
        try (ServerOptions o = ServerOptions.set(Map.of("is.user-registration.admin-approval.required", "true"))) {
            Api.Reply r = register(id);
            assertEquals(200, r.status(), r.toString());
            assertEquals("STATE_REQUESTED", r.json().getString("state"));

            Api.Reply refused = passwordGrant(id, Api.PASSWORD);
            assertEquals(400, refused.status(), refused.toString());
            assertEquals("invalid_grant", refused.json().getString("error"));
            assertTrue(refused.json().getString("error_description").contains("STATE_REQUESTED"), refused.toString());

            Api.Reply approved = Api.put("/api/v3/users/" + id, Api.admin(), Json.createObjectBuilder()
                    .add("user", Json.createObjectBuilder().add("state", "STATE_APPROVED"))
                    .add("field_mask", Json.createObjectBuilder().add("paths", Json.createArrayBuilder().add("state")))
                    .build());
            assertEquals(200, approved.status(), approved.toString());
            assertEquals("STATE_APPROVED", user(id).getString("state"));
            assertEquals(200, passwordGrant(id, Api.PASSWORD).status());
        }
        String later = Api.uniqueId("approve");
        assertEquals("STATE_APPROVED", register(later).json().getString("state"), "approval is off again");
    }

    @Test
    void aUserCannotApproveItself() {
        String id = Api.uniqueId("approve");
        String token = Api.newUser(id);
        Api.Reply r = Api.put("/api/v3/users/" + id, token, Json.createObjectBuilder()
                .add("user", Json.createObjectBuilder().add("state", "STATE_APPROVED"))
                .add("field_mask", Json.createObjectBuilder().add("paths", Json.createArrayBuilder().add("state")))
                .build());
        assertEquals(403, r.status(), r.toString());
    }
}
