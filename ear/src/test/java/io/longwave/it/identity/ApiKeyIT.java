package io.longwave.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.api.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** API keys of users over HTTPS ({@code /api/v3/users/{id}/api-keys}); the same code serves every entity kind. */
class ApiKeyIT {

    static JsonObject keyBody(String name, String... rights) {
        var r = Json.createArrayBuilder();
        for (String right : rights) {
            r.add(right);
        }
        return Json.createObjectBuilder().add("name", name).add("rights", r).build();
    }

    @Test
    void keyIsShownOnceAndWorksWithItsRights() {
        String id = Api.uniqueId("keys");
        String token = Api.newUser(id);
        Api.Reply created = Api.post("/api/v3/users/" + id + "/api-keys", token, keyBody("script", "RIGHT_USER_INFO"));
        assertEquals(200, created.status(), created.body());
        String key = created.json().getString("key");
        String keyId = created.json().getString("id");
        assertTrue(key.startsWith("NNSXS." + keyId + "."), key);

        Api.Reply info = Api.get("/api/v3/auth_info", key);
        assertEquals(200, info.status(), info.body());
        assertEquals(id, info.json().getJsonObject("api_key").getJsonObject("entity_ids").getJsonObject("user_ids").getString("user_id"));
        assertEquals(200, Api.get("/api/v3/users/" + id, key).status());
        assertEquals(403, Api.put("/api/v3/users/" + id, key, UserIT.update(Json.createObjectBuilder().add("name", "x").build(), "name")).status(),
                "the key has no RIGHT_USER_SETTINGS_BASIC");

        Api.Reply list = Api.get("/api/v3/users/" + id + "/api-keys", token);
        assertEquals(200, list.status());
        assertFalse(list.body().contains(key.substring(key.lastIndexOf('.') + 1)), "the secret is never listed");
        assertEquals(1, list.json().getJsonArray("api_keys").size());
        Api.Reply one = Api.get("/api/v3/users/" + id + "/api-keys/" + keyId, token);
        assertEquals("script", one.json().getString("name"));
        assertFalse(one.json().containsKey("key"));
    }

    @Test
    void rightsCanBeChangedAndTheKeyDeleted() {
        String id = Api.uniqueId("keys");
        String token = Api.newUser(id);
        Api.Reply created = Api.post("/api/v3/users/" + id + "/api-keys", token, keyBody("k", "RIGHT_USER_INFO"));
        String key = created.json().getString("key");
        String keyId = created.json().getString("id");
        JsonObject upgrade = Json.createObjectBuilder()
                .add("api_key", Json.createObjectBuilder().add("rights", Json.createArrayBuilder().add("RIGHT_USER_ALL")))
                .add("field_mask", Json.createObjectBuilder().add("paths", Json.createArrayBuilder().add("rights"))).build();
        Api.Reply updated = Api.put("/api/v3/users/" + id + "/api-keys/" + keyId, token, upgrade);
        assertEquals(200, updated.status(), updated.body());
        assertEquals(200, Api.put("/api/v3/users/" + id, key,
                UserIT.update(Json.createObjectBuilder().add("name", "Renamed").build(), "name")).status());
        assertEquals(200, Api.delete("/api/v3/users/" + id + "/api-keys/" + keyId, token).status());
        assertEquals(401, Api.get("/api/v3/users/" + id, key).status());
        assertEquals(404, Api.get("/api/v3/users/" + id + "/api-keys/" + keyId, token).status());
    }

    @Test
    void expiryIsHonoured() throws Exception {
        String id = Api.uniqueId("keys");
        String token = Api.newUser(id);
        JsonObject body = Json.createObjectBuilder().add("name", "short").add("rights", Json.createArrayBuilder().add("RIGHT_USER_INFO"))
                .add("expires_at", Instant.now().plusSeconds(2).toString()).build();
        Api.Reply created = Api.post("/api/v3/users/" + id + "/api-keys", token, body);
        assertEquals(200, created.status(), created.body());
        String key = created.json().getString("key");
        assertEquals(200, Api.get("/api/v3/users/" + id, key).status());
        Thread.sleep(2_500);
        assertEquals(401, Api.get("/api/v3/users/" + id, key).status());
        JsonObject past = Json.createObjectBuilder().add("name", "past").add("rights", Json.createArrayBuilder().add("RIGHT_USER_INFO"))
                .add("expires_at", Instant.now().minusSeconds(60).toString()).build();
        assertEquals(400, Api.post("/api/v3/users/" + id + "/api-keys", token, past).status());
    }

    @Test
    void aKeyCannotGrantMoreThanItHolds() {
        String id = Api.uniqueId("keys");
        String token = Api.newUser(id);
        String limited = Api.post("/api/v3/users/" + id + "/api-keys", token,
                keyBody("limited", "RIGHT_USER_INFO", "RIGHT_USER_SETTINGS_API_KEYS")).json().getString("key");
        Api.Reply escalate = Api.post("/api/v3/users/" + id + "/api-keys", limited, keyBody("more", "RIGHT_USER_ALL"));
        assertEquals(403, escalate.status(), escalate.body());
        assertEquals(200, Api.post("/api/v3/users/" + id + "/api-keys", limited, keyBody("same", "RIGHT_USER_INFO")).status());
        assertEquals(400, Api.post("/api/v3/users/" + id + "/api-keys", token, keyBody("bad", "RIGHT_TO_PARTY")).status());
        assertEquals(400, Api.post("/api/v3/users/" + id + "/api-keys", token, keyBody("none")).status());
    }

    @Test
    void adminKeyWithAllRightsForScripts() {
        Api.Reply created = Api.post("/api/v3/users/admin/api-keys", Api.admin(), keyBody("script-admin", "RIGHT_ALL"));
        assertEquals(200, created.status(), created.body());
        String key = created.json().getString("key");
        assertEquals(200, Api.get("/api/v3/users", key).status());
        assertTrue(Api.get("/api/v3/auth_info", key).json().getBoolean("is_admin"));
    }
}
