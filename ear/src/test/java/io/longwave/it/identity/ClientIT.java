package io.longwave.it.identity;

import static io.longwave.it.identity.OrganizationIT.assertStatus;
import static io.longwave.it.identity.OrganizationIT.ids;
import static io.longwave.it.identity.OrganizationIT.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import io.longwave.it.api.Api;
import io.longwave.it.api.Api.Reply;
import io.longwave.it.identity.OrganizationIT.User;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** OAuth clients over HTTPS: the bootstrap clients, creation by users, lists and visibility. */
class ClientIT {

    /**
     * Removes the clients these tests created (IDs from {@code Api.uniqueId("client")}): there is no purge
     * endpoint for clients, and BootstrapIT expects the shared database to hold only the built-in ones.
     */
    @AfterAll
    static void purgeTestClients() throws SQLException {
        try (Connection c = TestServer.database(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM memberships WHERE entity_type = 'client' AND entity_id LIKE 'client-%'");
            s.executeUpdate("DELETE FROM api_keys WHERE entity_type = 'client' AND entity_id LIKE 'client-%'");
            s.executeUpdate("DELETE FROM oauth_clients WHERE client_id LIKE 'client-%'");
        }
    }

    static JsonObject client(String id) {
        return json("{\"client\":{\"ids\":{\"client_id\":\"" + id + "\"},\"name\":\"Dashboard\","
                + "\"redirect_uris\":[\"https://dash.example.com/callback\"],\"grants\":[\"GRANT_AUTHORIZATION_CODE\"],"
                + "\"rights\":[\"RIGHT_USER_INFO\",\"RIGHT_APPLICATION_INFO\"]}}");
    }

    static String createClient(User owner) {
        String id = Api.uniqueId("client");
        assertStatus(200, Api.post("/api/v3/users/" + owner.id() + "/clients", owner.token(), client(id)));
        return id;
    }

    @Test
    void bootstrapClientsAreListedWithoutSecrets() {
        String admin = Api.admin();
        Reply all = Api.get("/api/v3/clients?limit=1000", admin);
        assertStatus(200, all);
        List<String> ids = ids(all, "clients", "client_id");
        assertTrue(ids.contains("console") && ids.contains("cli"), all.toString());
        assertFalse(all.body().contains("secret"), "no secret or secret hash is ever returned");
        Reply console = Api.get("/api/v3/clients/console", admin);
        assertStatus(200, console);
        assertTrue(console.json().getBoolean("endorsed"));
        assertFalse(console.body().contains("secret"));
        Reply masked = Api.get("/api/v3/clients/cli?field_mask=grants", admin);
        assertTrue(masked.json().containsKey("grants"));
        assertFalse(masked.json().containsKey("name"));
    }

    @Test
    void usersCreateAndSeeTheirOwnClients() {
        User owner = User.create("client-owner");
        User stranger = User.create("client-stranger");
        String id = Api.uniqueId("client");
        Reply created = Api.post("/api/v3/users/" + owner.id() + "/clients", owner.token(), client(id));
        assertStatus(200, created);
        assertTrue(created.json().getString("secret").length() >= 32, "the secret is returned once");
        assertEquals("STATE_REQUESTED", created.json().getString("state"));
        assertFalse(created.json().getBoolean("endorsed"));
        assertTrue(Api.get("/api/v3/clients/" + id + "/collaborators", owner.token()).body().contains("RIGHT_CLIENT_ALL"));

        Reply read = Api.get("/api/v3/clients/" + id, owner.token());
        assertStatus(200, read);
        assertFalse(read.body().contains("secret"));
        assertEquals(List.of("https://dash.example.com/callback"), read.json().getJsonArray("redirect_uris").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        assertStatus(404, Api.get("/api/v3/clients/" + id, stranger.token()));
        assertStatus(404, Api.get("/api/v3/clients/console", owner.token()));
        assertStatus(404, Api.post("/api/v3/users/" + owner.id() + "/clients", stranger.token(), client(Api.uniqueId("client"))));
        assertFalse(ids(Api.get("/api/v3/clients", stranger.token()), "clients", "client_id").contains(id));

        List<String> mine = new ArrayList<>(List.of(id, createClient(owner)));
        mine.sort(null);
        Reply list = Api.get("/api/v3/clients?order=client_id", owner.token());
        assertEquals("2", list.header("X-Total-Count"));
        assertEquals(mine, ids(list, "clients", "client_id"));
        Reply page = Api.get("/api/v3/clients?order=-client_id&limit=1&page=2", owner.token());
        assertEquals(List.of(mine.get(0)), ids(page, "clients", "client_id"));

        Reply byAdmin = Api.post("/api/v3/users/admin/clients", Api.admin(), client(Api.uniqueId("client")));
        assertStatus(200, byAdmin);
        assertEquals("STATE_APPROVED", byAdmin.json().getString("state"));
    }

    @Test
    void badRequests() {
        User owner = User.create("client-bad");
        String id = createClient(owner);
        String create = "/api/v3/users/" + owner.id() + "/clients";
        assertStatus(409, Api.post(create, owner.token(), client(id)));
        assertStatus(409, Api.post(create, owner.token(), client("console")));
        assertStatus(400, Api.raw("POST", create, owner.token(), "application/json", "{\"client\":"));
        assertStatus(400, Api.post(create, owner.token(), json("{\"client\":{\"ids\":{\"client_id\":\"" + Api.uniqueId("client")
                + "\"},\"grants\":[\"GRANT_MAGIC\"]}}")));
        assertStatus(400, Api.post(create, owner.token(), json("{\"client\":{\"ids\":{\"client_id\":\"" + Api.uniqueId("client")
                + "\"},\"rights\":[\"RIGHT_EVERYTHING\"]}}")));
        assertStatus(400, Api.post(create, owner.token(), json("{\"client\":{\"ids\":{\"client_id\":\"" + Api.uniqueId("client")
                + "\"},\"redirect_uris\":[\"not a uri\"]}}")));
        assertStatus(400, Api.get("/api/v3/clients/" + id + "?field_mask=secret_hash", owner.token()));
        assertStatus(400, Api.get("/api/v3/clients?field_mask=nonsense", owner.token()));
    }
}
