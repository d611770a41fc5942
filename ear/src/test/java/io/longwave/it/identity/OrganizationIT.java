package io.longwave.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.api.Api;
import io.longwave.it.api.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Organizations over HTTPS: create under a user, list, get, update, delete, restore, purge, and who may do what. */
class OrganizationIT {

    /** A user of the test and an access token of it. */
    record User(String id, String token) {
        static User create(String prefix) {
            String id = Api.uniqueId(prefix);
            return new User(id, Api.newUser(id));
        }
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** {@code {"<key>":{"ids":{"<key>_id":"<id>"}, ...extra}}} */
    static JsonObject body(String key, String id, String extraFields) {
        return json("{\"" + key + "\":{\"ids\":{\"" + key + "_id\":\"" + id + "\"}" + (extraFields.isEmpty() ? "" : "," + extraFields) + "}}");
    }

    static JsonObject update(String key, String fields, String... paths) {
        String mask = List.of(paths).stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(","));
        return json("{\"" + key + "\":{" + fields + "},\"field_mask\":{\"paths\":[" + mask + "]}}");
    }

    /** Makes {@code userId} a collaborator (or member) of the entity at {@code path} with {@code rights}. */
    static void collaborator(String token, String path, String userId, String... rights) {
        String list = List.of(rights).stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        Reply r = Api.put(path + "/collaborators", token, json("{\"collaborator\":{\"ids\":{\"user_ids\":{\"user_id\":\""
                + userId + "\"}},\"rights\":[" + list + "]}}"));
        assertEquals(200, r.status(), r.toString());
    }

    static List<String> ids(Reply r, String listKey, String idField) {
        return r.json().getJsonArray(listKey).stream()
                .map(v -> v.asJsonObject().getJsonObject("ids").getString(idField)).toList();
    }

    static void assertStatus(int status, Reply r) {
        assertEquals(status, r.status(), r.toString());
    }

    static String createOrganization(User owner) {
        String id = Api.uniqueId("org");
        assertStatus(200, Api.post("/api/v3/users/" + owner.id() + "/organizations", owner.token(),
                body("organization", id, "\"name\":\"Org " + id + "\"")));
        return id;
    }

    @Test
    void lifecycle() {
        User owner = User.create("org-owner");
        String id = Api.uniqueId("org");
        Reply created = Api.post("/api/v3/users/" + owner.id() + "/organizations", owner.token(),
                body("organization", id, "\"name\":\"Acme\",\"description\":\"the makers\","
                        + "\"technical_contact\":{\"user_ids\":{\"user_id\":\"" + owner.id() + "\"}}"));
        assertStatus(200, created);
        assertEquals(id, created.json().getJsonObject("ids").getString("organization_id"));
        assertEquals(owner.id(), created.json().getJsonObject("technical_contact").getJsonObject("user_ids").getString("user_id"));

        Reply masked = Api.get("/api/v3/organizations/" + id + "?field_mask=name", owner.token());
        assertStatus(200, masked);
        assertEquals("Acme", masked.json().getString("name"));
        assertFalse(masked.json().containsKey("description"));
        assertTrue(masked.json().containsKey("created_at"));

        Reply collaborators = Api.get("/api/v3/organizations/" + id + "/collaborators", owner.token());
        assertTrue(collaborators.body().contains("RIGHT_ORGANIZATION_ALL"), collaborators.toString());

        Reply updated = Api.put("/api/v3/organizations/" + id, owner.token(),
                update("organization", "\"name\":\"Acme Corp\",\"description\":\"ignored\"", "name"));
        assertStatus(200, updated);
        assertEquals("Acme Corp", Api.get("/api/v3/organizations/" + id, owner.token()).json().getString("name"));
        assertEquals("the makers", Api.get("/api/v3/organizations/" + id, owner.token()).json().getString("description"));

        assertStatus(200, Api.delete("/api/v3/organizations/" + id, owner.token()));
        assertStatus(404, Api.get("/api/v3/organizations/" + id, owner.token()));
        assertFalse(ids(Api.get("/api/v3/organizations", owner.token()), "organizations", "organization_id").contains(id));
        String admin = Api.admin();
        assertTrue(ids(Api.get("/api/v3/organizations?deleted=true", admin), "organizations", "organization_id").contains(id));
        assertStatus(403, Api.get("/api/v3/organizations?deleted=true", owner.token()));
        assertStatus(409, Api.post("/api/v3/users/" + owner.id() + "/organizations", owner.token(), body("organization", id, "")));
        assertStatus(200, Api.post("/api/v3/organizations/" + id + "/restore", owner.token(), JsonValue.EMPTY_JSON_OBJECT));
        assertStatus(200, Api.get("/api/v3/organizations/" + id, owner.token()));

        assertStatus(403, Api.delete("/api/v3/organizations/" + id + "/purge", owner.token()));
        assertStatus(200, Api.delete("/api/v3/organizations/" + id + "/purge", admin));
        assertStatus(404, Api.get("/api/v3/organizations/" + id, admin));
        // After the purge the ID is free again.
        assertStatus(200, Api.post("/api/v3/users/" + owner.id() + "/organizations", owner.token(), body("organization", id, "")));
    }

    @Test
    void listsPageAndOrder() {
        User owner = User.create("org-lister");
        List<String> created = new java.util.ArrayList<>(List.of(createOrganization(owner), createOrganization(owner),
                createOrganization(owner)));
        created.sort(null);
        Reply all = Api.get("/api/v3/organizations", owner.token());
        assertStatus(200, all);
        assertEquals("3", all.header("X-Total-Count"));
        assertEquals(created, ids(all, "organizations", "organization_id"));

        Reply page = Api.get("/api/v3/users/" + owner.id() + "/organizations?limit=2&page=1&order=-organization_id", owner.token());
        assertStatus(200, page);
        assertEquals("3", page.header("X-Total-Count"));
        assertEquals(List.of(created.get(2), created.get(1)), ids(page, "organizations", "organization_id"));
        Reply second = Api.get("/api/v3/organizations?limit=2&page=2", owner.token());
        assertEquals(List.of(created.get(2)), ids(second, "organizations", "organization_id"));
        assertStatus(400, Api.get("/api/v3/organizations?order=secret", owner.token()));

        Reply admin = Api.get("/api/v3/organizations?limit=1", Api.admin());
        assertStatus(200, admin);
        assertTrue(Long.parseLong(admin.header("X-Total-Count")) >= 3);
    }

    @Test
    void rightsDecideWhatCallersSeeAndDo() {
        User owner = User.create("org-owner");
        User reader = User.create("org-reader");
        User stranger = User.create("org-stranger");
        String id = createOrganization(owner);
        collaborator(owner.token(), "/api/v3/organizations/" + id, reader.id(), "RIGHT_ORGANIZATION_INFO");

        assertStatus(404, Api.get("/api/v3/organizations/" + id, stranger.token()));
        assertStatus(404, Api.put("/api/v3/organizations/" + id, stranger.token(), update("organization", "\"name\":\"x\"", "name")));
        assertStatus(404, Api.delete("/api/v3/organizations/" + id, stranger.token()));
        assertStatus(404, Api.post("/api/v3/organizations/" + id + "/restore", stranger.token(), JsonValue.EMPTY_JSON_OBJECT));
        assertFalse(ids(Api.get("/api/v3/organizations", stranger.token()), "organizations", "organization_id").contains(id));
        assertStatus(404, Api.post("/api/v3/users/" + owner.id() + "/organizations", stranger.token(),
                body("organization", Api.uniqueId("org"), "")));

        assertStatus(200, Api.get("/api/v3/organizations/" + id, reader.token()));
        assertTrue(ids(Api.get("/api/v3/organizations", reader.token()), "organizations", "organization_id").contains(id));
        assertStatus(403, Api.put("/api/v3/organizations/" + id, reader.token(), update("organization", "\"name\":\"x\"", "name")));
        assertStatus(403, Api.delete("/api/v3/organizations/" + id, reader.token()));
        assertStatus(403, Api.put("/api/v3/organizations/" + id, owner.token(),
                update("organization", "\"application_limit\":5", "application_limit")));
        assertStatus(401, Api.get("/api/v3/organizations/" + id, null));
    }

    @Test
    void badRequests() {
        User owner = User.create("org-bad");
        String id = createOrganization(owner);
        assertStatus(400, Api.get("/api/v3/organizations/" + id + "?field_mask=nonsense", owner.token()));
        assertStatus(400, Api.get("/api/v3/organizations?field_mask=nonsense", owner.token()));
        assertStatus(400, Api.put("/api/v3/organizations/" + id, owner.token(), update("organization", "\"name\":\"x\"", "nonsense")));
        assertStatus(400, Api.put("/api/v3/organizations/" + id, owner.token(), update("organization", "\"name\":\"x\"")));
        assertStatus(400, Api.raw("POST", "/api/v3/users/" + owner.id() + "/organizations", owner.token(), "application/json", "{\"organization\":"));
        assertStatus(400, Api.post("/api/v3/users/" + owner.id() + "/organizations", owner.token(), body("organization", "Bad_ID", "")));
        assertStatus(400, Api.post("/api/v3/users/" + owner.id() + "/organizations", owner.token(),
                body("organization", Api.uniqueId("org"), "\"name\":\"" + "n".repeat(51) + "\"")));
        // Users and organizations share one ID space.
        assertStatus(409, Api.post("/api/v3/users/" + owner.id() + "/organizations", owner.token(), body("organization", owner.id(), "")));
        assertStatus(409, Api.post("/api/v3/users/" + owner.id() + "/organizations", owner.token(), body("organization", id, "")));
    }
}
