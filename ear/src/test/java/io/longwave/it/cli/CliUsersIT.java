package io.longwave.it.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.api.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lw cli users ... and users api-keys ... against the server under test. */
class CliUsersIT {

    @TempDir
    Path home;

    @Test
    void userLifecycle() throws Exception {
        Cli admin = Cli.asAdmin(home);
        String id = Api.uniqueId("cli-user");
        Cli.Run created = admin.run("users", "create", id, "--primary-email-address", id + "@example.com",
                "--password", Api.PASSWORD, "--name", "First Name");
        assertEquals(0, created.exit(), created::toString);
        assertTrue(created.out().contains(id), created::toString);
        assertFalse(created.out().contains(Api.PASSWORD), "never print a password");

        Cli.Run updated = admin.run("users", "update", id, "--description", "from the CLI");
        assertEquals(0, updated.exit(), updated::toString);
        Cli.Run got = admin.run("users", "get", id, "--json");
        assertEquals("First Name", got.json().getString("name"), "fields not given are kept");
        assertEquals("from the CLI", got.json().getString("description"));

        Cli.Run listed = admin.run("users", "list", "-q");
        assertTrue(List.of(listed.out().split("\n")).contains(id), listed::toString);
        Cli.Run table = admin.run("users", "list", "--order", "-created_at", "--limit", "1000");
        assertTrue(table.out().startsWith("ID"), table::toString);

        String newPassword = "Bl4ck-Olive-Bread";
        Cli.Run password = admin.run("users", "update-password", id, "--old", Api.PASSWORD, "--new", newPassword);
        assertEquals(0, password.exit(), password::toString);
        Path userHome = home.resolve("user");
        Files.createDirectories(userHome);
        Cli user = Cli.usingTestServer(userHome);
        Cli.Run login = user.runWithInput(newPassword + "\n", "login", "--username", id, "--password-stdin");
        assertEquals(0, login.exit(), login::toString);
        assertEquals(id + "\n", user.run("auth-info", "-q").out());

        assertEquals(0, admin.run("users", "delete", id).exit());
        Cli.Run gone = admin.run("users", "get", id);
        assertEquals(1, gone.exit(), gone::toString);
        assertTrue(gone.err().startsWith("error: "), gone::toString);
        assertEquals(0, admin.run("users", "restore", id).exit());
        assertEquals(0, admin.run("users", "get", id).exit());
        assertEquals(0, admin.run("users", "delete", id).exit());
        Cli.Run purged = admin.run("users", "purge", id);
        assertEquals(0, purged.exit(), purged::toString);
    }

    @Test
    void apiKeyLifecycle() throws Exception {
        Cli admin = Cli.asAdmin(home);
        String id = Api.uniqueId("cli-keys");
        Api.newUser(id);
        Cli.Run created = admin.run("users", "api-keys", "create", id, "--name", "reader", "--right-user-info",
                "--expires-at", "2099-01-01T00:00:00Z", "--json");
        assertEquals(0, created.exit(), created::toString);
        String keyId = created.json().getString("id");

        Cli.Run table = admin.run("users", "api-keys", "list", id);
        assertTrue(table.out().contains(keyId) && table.out().contains("reader"), table::toString);

        Cli.Run updated = admin.run("users", "api-keys", "update", id, keyId, "--name", "renamed",
                "--right-user-info", "--right-user-settings-basic");
        assertEquals(0, updated.exit(), updated::toString);
        Cli.Run got = admin.run("users", "api-keys", "get", id, keyId, "--json");
        assertEquals("renamed", got.json().getString("name"));
        assertEquals(List.of("RIGHT_USER_INFO", "RIGHT_USER_SETTINGS_BASIC"),
                got.json().getJsonArray("rights").getValuesAs(jakarta.json.JsonString::getString).stream().sorted().toList());

        assertEquals(0, admin.run("users", "api-keys", "delete", id, keyId).exit());
        Cli.Run gone = admin.run("users", "api-keys", "get", id, keyId);
        assertEquals(1, gone.exit(), gone::toString);
        assertTrue(gone.err().startsWith("error: "), gone::toString);
    }
}
