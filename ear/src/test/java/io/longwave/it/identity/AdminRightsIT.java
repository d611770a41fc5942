package io.longwave.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.it.api.Api;
import io.longwave.it.api.ServerOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code is.admin-rights.all}: by default admins do not hold the rights that guard secrets; with it they do. */
class AdminRightsIT {

    private static JsonObject keyWith(String right) {
        return Json.createObjectBuilder().add("name", "admin-made").add("rights", Json.createArrayBuilder().add(right)).build();
    }

    @Test
    void adminRightsAllGrantsTheSecretRights() {
        String owner = Api.uniqueId("owner");
        String token = Api.newUser(owner);
        String app = Api.uniqueId("app");
        assertEquals(200, Api.post("/api/v3/users/" + owner + "/applications", token, Json.createObjectBuilder()
                .add("application", Json.createObjectBuilder().add("ids", Json.createObjectBuilder().add("application_id", app)))
                .build()).status());
        String admin = Api.admin();
        String keys = "/api/v3/applications/" + app + "/api-keys";

        assertEquals(200, Api.get("/api/v3/applications/" + app, admin).status(), "admins see every application");
        assertEquals(200, Api.post(keys, admin, keyWith("RIGHT_APPLICATION_TRAFFIC_READ")).status());
        assertEquals(403, Api.post(keys, admin, keyWith("RIGHT_APPLICATION_DEVICES_READ_KEYS")).status(),
                "by default an admin cannot hand out the right to read device keys");

        try (ServerOptions ignored = ServerOptions.set(Map.of("is.admin-rights.all", "true"))) {
            Api.Reply r = Api.post(keys, admin, keyWith("RIGHT_APPLICATION_DEVICES_READ_KEYS"));
            assertEquals(200, r.status(), r.body());
        }
        assertEquals(403, Api.post(keys, admin, keyWith("RIGHT_APPLICATION_ALL")).status());
    }
}
