package io.longwave.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.api.Api;
import io.longwave.it.api.ServerOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user registry over HTTPS: {@code /api/v3/users}. */
class UserIT {

    static JsonObject userBody(String id, String password) {
        return Json.createObjectBuilder().add("user", Json.createObjectBuilder()
                .add("ids", Json.createObjectBuilder().add("user_id", id))
                .add("primary_email_address", id + "@example.com")
                .add("name", "User " + id)
                .add("password", password)).build();
    }

    static JsonObject update(JsonObject user, String... paths) {
        var mask = Json.createArrayBuilder();
        for (String p : paths) {
            mask.add(p);
        }
        return Json.createObjectBuilder().add("user", user).add("field_mask", Json.createObjectBuilder().add("paths", mask)).build();
    }

    @Test
    void adminCreatesGetsAndListsUsers() {
        String admin = Api.admin();
        String id = Api.uniqueId("u");
        Api.Reply created = Api.post("/api/v3/users", admin, userBody(id, Api.PASSWORD));
        assertEquals(200, created.status(), created.body());
        assertEquals(id, created.json().getJsonObject("ids").getString("user_id"));
        assertFalse(created.body().contains(Api.PASSWORD), "the password must not come back");
        assertFalse(created.body().contains("password_hash"));

        Api.Reply got = Api.get("/api/v3/users/" + id + "?field_mask=name", admin);
        assertEquals(200, got.status(), got.body());
        assertEquals("User " + id, got.json().getString("name"));
        assertFalse(got.json().containsKey("primary_email_address"), "the read mask limits the fields");
        assertTrue(got.json().containsKey("created_at"));

        Api.Reply page = Api.get("/api/v3/users?limit=2&page=1&order=-created_at", admin);
        assertEquals(200, page.status(), page.body());
        assertTrue(Long.parseLong(page.header("X-Total-Count")) >= 2);
        assertEquals(2, page.json().getJsonArray("users").size());
        Api.Reply second = Api.get("/api/v3/users?limit=2&page=2&order=-created_at", admin);
        assertNotEquals(page.json().getJsonArray("users").get(0), second.json().getJsonArray("users").get(0));
        assertEquals(400, Api.get("/api/v3/users?order=password_hash", admin).status());
    }

    @Test
    void duplicatesAndBadInputAreRefused() {
        String admin = Api.admin();
        String id = Api.uniqueId("dup");
        assertEquals(200, Api.post("/api/v3/users", admin, userBody(id, Api.PASSWORD)).status());
        assertEquals(409, Api.post("/api/v3/users", admin, userBody(id, Api.PASSWORD)).status());
        assertEquals(400, Api.post("/api/v3/users", admin, userBody("Not_Valid", Api.PASSWORD)).status());
        Api.Reply weak = Api.post("/api/v3/users", admin, userBody(Api.uniqueId("weak"), "short"));
        assertEquals(400, weak.status());
        assertTrue(weak.json().getString("message").contains("password"), weak.body());
        assertEquals(400, Api.raw("POST", "/api/v3/users", admin, "application/json", "{\"user\": [").status());
        assertEquals(400, Api.put("/api/v3/users/" + id, admin, update(Json.createObjectBuilder().build(), "password_hash")).status());
    }

    @Test
    void usersSeeAndChangeOnlyThemselves() {
        String alice = Api.uniqueId("alice");
        String bob = Api.uniqueId("bob");
        String aliceToken = Api.newUser(alice);
        Api.newUser(bob);
        assertEquals(200, Api.get("/api/v3/users/" + alice, aliceToken).status());
        assertEquals(404, Api.get("/api/v3/users/" + bob, aliceToken).status(), "another user's existence must not leak");
        assertEquals(404, Api.get("/api/v3/users/" + Api.uniqueId("nobody"), aliceToken).status());
        assertEquals(403, Api.get("/api/v3/users", aliceToken).status());
        assertEquals(401, Api.get("/api/v3/users/" + alice, null).status());

        Api.Reply renamed = Api.put("/api/v3/users/" + alice, aliceToken,
                update(Json.createObjectBuilder().add("name", "Alice").build(), "name"));
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Alice", renamed.json().getString("name"));
        assertEquals(403, Api.put("/api/v3/users/" + alice, aliceToken,
                update(Json.createObjectBuilder().add("admin", true).build(), "admin")).status());
    }

    @Test
    void adminApprovesAndPromotes() {
        String id = Api.uniqueId("promo");
        String token = Api.newUser(id);
        String admin = Api.admin();
        Api.Reply r = Api.put("/api/v3/users/" + id, admin, update(Json.createObjectBuilder().add("admin", true).build(), "admin"));
        assertEquals(200, r.status(), r.body());
        assertEquals(200, Api.get("/api/v3/users", token).status(), "an admin lists users");
        Api.Reply suspended = Api.put("/api/v3/users/" + id, admin,
                update(Json.createObjectBuilder().add("state", "STATE_SUSPENDED").build(), "state"));
        assertEquals(200, suspended.status(), suspended.body());
        assertEquals(401, Api.get("/api/v3/users/" + id, token).status(), "a suspended user's tokens stop working");
    }

    @Test
    void deleteRestoreAndPurge() {
        String admin = Api.admin();
        String id = Api.uniqueId("del");
        String token = Api.newUser(id);
        assertEquals(200, Api.delete("/api/v3/users/" + id, token).status());
        assertEquals(404, Api.get("/api/v3/users/" + id, admin).status());
        Api.Reply deleted = Api.get("/api/v3/users?deleted=true&limit=1000", admin);
        assertTrue(deleted.json().getJsonArray("users").stream()
                .anyMatch(u -> u.asJsonObject().getJsonObject("ids").getString("user_id").equals(id)));
        assertEquals(409, Api.post("/api/v3/users", admin, userBody(id, Api.PASSWORD)).status(), "a deleted ID stays taken");
        assertEquals(200, Api.post("/api/v3/users/" + id + "/restore", admin, null).status());
        assertEquals(200, Api.get("/api/v3/users/" + id, admin).status());
        assertEquals(403, Api.delete("/api/v3/users/" + id + "/purge", Api.login(id, Api.PASSWORD)).status());
        assertEquals(200, Api.delete("/api/v3/users/" + id + "/purge", admin).status());
        assertEquals(404, Api.get("/api/v3/users/" + id, admin).status());
        assertEquals(200, Api.post("/api/v3/users", admin, userBody(id, Api.PASSWORD)).status(), "a purged ID is free");
    }

    @Test
    void restoreWindowOptionLimitsRestore() throws Exception {
        String admin = Api.admin();
        String id = Api.uniqueId("late");
        Api.newUser(id);
        try (ServerOptions ignored = ServerOptions.set(Map.of("is.delete.restore", "1s"))) {
            assertEquals(200, Api.delete("/api/v3/users/" + id, admin).status());
            Thread.sleep(1_500);
            Api.Reply late = Api.post("/api/v3/users/" + id + "/restore", admin, null);
            assertEquals(400, late.status(), late.body());
            assertTrue(late.json().getString("message").contains("restore_window_expired"));
        }
        assertEquals(200, Api.post("/api/v3/users/" + id + "/restore", admin, null).status(), "the default window is 24h");
    }

    @Test
    void passwordChangeNeedsTheOldPasswordAndCanRevokeTokens() {
        String id = Api.uniqueId("pw");
        String token = Api.newUser(id);
        JsonObject wrong = Json.createObjectBuilder().add("old_password", "nope").add("new_password", "N3w-Password-Here").build();
        assertEquals(400, Api.put("/api/v3/users/" + id + "/password", token, wrong).status());
        JsonObject right = Json.createObjectBuilder().add("old_password", Api.PASSWORD).add("new_password", "N3w-Password-Here")
                .add("revoke_all_access_tokens", true).build();
        assertEquals(200, Api.put("/api/v3/users/" + id + "/password", token, right).status());
        assertEquals(401, Api.get("/api/v3/users/" + id, token).status(), "revoked");
        assertEquals(200, Api.get("/api/v3/users/" + id, Api.login(id, "N3w-Password-Here")).status());
    }

    @Test
    void oauthRefreshRotatesTheTokenPair() {
        String id = Api.uniqueId("rt");
        Api.newUser(id);
        Api.Reply first = Api.token(Map.of("grant_type", "password", "client_id", "cli", "username", id, "password", Api.PASSWORD));
        assertEquals(200, first.status(), first.body());
        String refresh = first.json().getString("refresh_token");
        Api.Reply second = Api.token(Map.of("grant_type", "refresh_token", "client_id", "cli", "refresh_token", refresh));
        assertEquals(200, second.status(), second.body());
        assertEquals(200, Api.get("/api/v3/users/" + id, second.json().getString("access_token")).status());
        assertEquals(401, Api.get("/api/v3/users/" + id, first.json().getString("access_token")).status(), "the old pair is gone");
        assertEquals(400, Api.token(Map.of("grant_type", "refresh_token", "client_id", "cli", "refresh_token", refresh)).status());
        Api.Reply wrong = Api.token(Map.of("grant_type", "password", "client_id", "cli", "username", id, "password", "wrong"));
        assertEquals(400, wrong.status());
        assertEquals("invalid_grant", wrong.json().getString("error"));
        assertEquals(401, Api.token(Map.of("grant_type", "password", "client_id", "console", "username", id,
                "password", Api.PASSWORD)).status(), "the console client needs its secret");
        assertEquals(400, Api.token(Map.of("grant_type", "implicit", "client_id", "cli")).status());
    }

    @Test
    void bearerGarbageIsUnauthenticated() {
        for (String bad : List.of("NNSXS.AAAA.BBBB", "MFRWG.X.Y", "eyJhbGciOiJub25lIn0.e30.", "nonsense", "NNSXS..")) {
            Api.Reply r = Api.get("/api/v3/auth_info", bad);
            assertEquals(401, r.status(), bad + " -> " + r.body());
            assertTrue(r.json().getJsonArray("details").get(0).asJsonObject().get("name") instanceof JsonString);
        }
    }
}
