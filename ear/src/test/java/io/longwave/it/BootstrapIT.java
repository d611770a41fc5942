package io.longwave.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.platform.security.PasswordHasher;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The schema comes from the migrations; the admin user and the OAuth clients come from the TTS_* variables. */
class BootstrapIT {

    private final PasswordHasher hasher = PasswordHasher.standard();

    @Test
    void migrationsCreatedTheSchema() throws Exception {
        try (Connection c = TestServer.database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version = '1'")) {
            assertTrue(rs.next(), "migration V1 recorded");
            assertTrue(rs.getBoolean("success"));
        }
    }

    @Test
    void adminUserComesFromTheDeploymentVariables() throws Exception {
        try (Connection c = TestServer.database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT primary_email_address, password_hash, admin, deleted_at FROM users WHERE user_id = 'admin'")) {
            assertTrue(rs.next(), "admin user exists");
            assertEquals("admin@thethings.example.com", rs.getString("primary_email_address"));
            assertTrue(rs.getBoolean("admin"));
            assertNull(rs.getTimestamp("deleted_at"));
            String hash = rs.getString("password_hash");
            assertFalse(hash.contains(TestServer.env("TTS_ADMIN_PASSWORD")), "password stored hashed");
            assertTrue(hasher.verify(TestServer.env("TTS_ADMIN_PASSWORD"), hash));
        }
    }

    @Test
    void consoleAndCliClientsAreRegistered() throws Exception {
        try (Connection c = TestServer.database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT client_id, secret_hash, redirect_uris FROM oauth_clients ORDER BY client_id")) {
            assertTrue(rs.next());
            assertEquals("cli", rs.getString("client_id"));
            assertNull(rs.getString("secret_hash"), "the cli client is public");
            assertTrue(rs.next());
            assertEquals("console", rs.getString("client_id"));
            assertTrue(hasher.verify("console", rs.getString("secret_hash")), "default TTS_CONSOLE_SECRET");
            assertTrue(rs.getString("redirect_uris").contains("https://localhost:" + TestServer.env("LW_HTTPS_PORT") + "/console/oauth/callback"));
            assertFalse(rs.next());
        }
    }
}
