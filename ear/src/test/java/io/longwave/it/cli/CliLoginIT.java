package io.longwave.it.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import io.longwave.it.api.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lw cli use / login / logout / auth-info against the server under test. */
class CliLoginIT {

    @TempDir
    Path home;

    private static JsonObject readAuthFile(Path home) throws Exception {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(home.resolve("auth.json"))))) {
            return reader.readObject();
        }
    }

    @Test
    void passwordLoginStoresPrivateTokensAndAuthInfoShowsTheUser() throws Exception {
        Cli cli = Cli.asAdmin(home);
        Path auth = home.resolve("auth.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(auth)));
        assertEquals("oauth", readAuthFile(home).getString("type"));

        Cli.Run info = cli.run("auth-info", "--json");
        assertEquals(0, info.exit(), info::toString);
        assertEquals("admin", info.json().getJsonObject("oauth_access_token").getJsonObject("user_ids").getString("user_id"));
        assertTrue(info.json().getBoolean("is_admin"));

        Cli.Run shown = cli.run("use");
        assertTrue(shown.out().contains("https://localhost:" + TestServer.port("LW_HTTPS_PORT")), shown::toString);
        assertTrue(shown.out().contains("OAuth access token"), shown::toString);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedBeforeTheCall() throws Exception {
        Cli cli = Cli.asAdmin(home);
        JsonObject stored = readAuthFile(home);
        Files.writeString(home.resolve("auth.json"), Json.createObjectBuilder(stored)
                .add("expires_at", "2000-01-01T00:00:00Z").build().toString());

        Cli.Run info = cli.run("auth-info", "-q");
        assertEquals(0, info.exit(), info::toString);
        assertEquals("admin\n", info.out());
        JsonObject refreshed = readAuthFile(home);
        assertNotEquals(stored.getString("access_token"), refreshed.getString("access_token"));
        assertNotEquals("2000-01-01T00:00:00Z", refreshed.getString("expires_at"));
    }

    @Test
    void aWrongPasswordIsRefusedWithTheServersMessage() throws Exception {
        Cli cli = Cli.usingTestServer(home);
        Cli.Run login = cli.runWithInput("not-the-password\n", "login", "--username", "admin", "--password-stdin");
        assertEquals(1, login.exit(), login::toString);
        assertTrue(login.err().startsWith("error: "), login::toString);
        assertFalse(login.err().contains("not-the-password"), login::toString);
        assertFalse(Files.exists(home.resolve("auth.json")));
    }

    @Test
    void adminApiKeyWithAllRightsIsPrintedOnceAndUsable() throws Exception {
        Cli cli = Cli.asAdmin(home);
        Cli.Run created = cli.run("users", "api-keys", "create", "admin", "--right-all", "--quiet");
        assertEquals(0, created.exit(), created::toString);
        String key = created.out().strip();
        assertTrue(key.matches("NNSXS\\.[A-Z2-7]+\\.[A-Z2-7]+"), created::toString);
        assertEquals("", created.err());

        Api.Reply info = Api.get("/api/v3/auth_info", key);
        assertEquals(200, info.status(), info::toString);
        assertTrue(info.json().getBoolean("is_admin"), info::toString);
        assertEquals("RIGHT_ALL", info.json().getJsonObject("api_key").getJsonObject("api_key").getJsonArray("rights")
                .getString(0));

        Cli.Run json = cli.run("users", "api-keys", "create", "admin", "--right-all", "--name", "it-json", "--json");
        assertEquals(0, json.exit(), json::toString);
        assertTrue(json.json().getString("key").startsWith("NNSXS."));
        assertEquals("it-json", json.json().getString("name"));

        Cli.Run listed = cli.run("users", "api-keys", "list", "admin", "--json");
        assertFalse(listed.out().contains(key), "a list never shows keys");
    }

    @Test
    void apiKeyLoginLogoutAndAnonymousCalls() throws Exception {
        String key = Cli.asAdmin(home.resolve("admin")).run("users", "api-keys", "create", "admin", "--right-all", "-q")
                .out().strip();
        Path userHome = home.resolve("user");
        Files.createDirectories(userHome);
        Cli cli = Cli.usingTestServer(userHome);

        Cli.Run login = cli.run("login", "--api-key", key);
        assertEquals(0, login.exit(), login::toString);
        assertFalse(login.out().contains(key), login::toString);
        Cli.Run info = cli.run("auth-info", "--json");
        assertEquals("admin", info.json().getJsonObject("api_key").getJsonObject("entity_ids").getJsonObject("user_ids")
                .getString("user_id"));

        assertEquals(0, cli.run("logout").exit());
        assertFalse(Files.exists(userHome.resolve("auth.json")));
        Cli.Run anonymous = cli.run("users", "list");
        assertEquals(1, anonymous.exit(), anonymous::toString);
        assertTrue(anonymous.err().startsWith("error: "), anonymous::toString);

        Cli.Run bad = cli.run("login", "--api-key", "NNSXS.AAAA.BBBB");
        assertEquals(1, bad.exit(), bad::toString);
        assertFalse(Files.exists(userHome.resolve("auth.json")));
    }

    @Test
    void storeApiKeyReplacesTheKeyOfThatName() throws Exception {
        Cli cli = Cli.usingTestServer(home);
        for (int i = 0; i < 2; i++) {
            Cli.Run login = cli.runWithInput(TestServer.env("TTS_ADMIN_PASSWORD") + "\n", "login", "--username", "admin",
                    "--password-stdin", "--store-api-key", "cli-auto-login-it");
            assertEquals(0, login.exit(), login::toString);
        }
        assertEquals("api_key", readAuthFile(home).getString("type"));
        Cli.Run keys = cli.run("users", "api-keys", "list", "admin", "--json");
        assertEquals(0, keys.exit(), keys::toString);
        long named = keys.json().getJsonArray("api_keys").stream().map(JsonValue::asJsonObject)
                .filter(k -> "cli-auto-login-it".equals(k.getString("name", ""))).count();
        assertEquals(1, named);
        Cli.Run apps = cli.run("auth-info", "-q");
        assertEquals("admin\n", apps.out(), apps::toString);
    }

    @Test
    void anUnreachableServerExitsWithTwo() throws Exception {
        Cli cli = new Cli(home);
        assertEquals(0, cli.run("use", "https://localhost:1").exit());
        Cli.Run r = cli.run("users", "list");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().startsWith("error: cannot reach https://localhost:1"), r::toString);
    }
}
