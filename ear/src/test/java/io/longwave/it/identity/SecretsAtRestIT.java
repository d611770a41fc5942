package io.longwave.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import io.longwave.it.api.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Passwords, API keys and OAuth tokens are never stored or logged in clear text. */
class SecretsAtRestIT {

    private static final Path LOGS = Path.of(System.getProperty("lw.it.server.dir", "target/liberty/wlp/usr/servers/longwave"),
            "logs");

    @Test
    void noSecretInAnyRowOrLogLine() throws Exception {
        String id = Api.uniqueId("secret");
        String password = "Zebra-Crossing-" + id.substring(id.length() - 8);
        String admin = Api.admin();
        assertEquals(200, Api.post("/api/v3/users", admin, UserIT.userBody(id, password)).status());
        Api.Reply tokens = Api.token(Map.of("grant_type", "password", "client_id", "cli", "username", id, "password", password));
        String access = tokens.json().getString("access_token");
        String refresh = tokens.json().getString("refresh_token");
        String key = Api.post("/api/v3/users/" + id + "/api-keys", access, ApiKeyIT.keyBody("k", "RIGHT_USER_INFO")).json().getString("key");
        // Failed attempts are where secrets tend to end up in logs.
        Api.token(Map.of("grant_type", "password", "client_id", "cli", "username", id, "password", password + "-wrong"));
        Api.get("/api/v3/auth_info", key + "X");

        String[] secrets = {password, password + "-wrong", secretPart(access), secretPart(refresh), secretPart(key)};
        try (Connection db = TestServer.database(); Statement st = db.createStatement()) {
            for (String table : new String[] {"users", "api_keys", "oauth_tokens"}) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int c = 1; c <= md.getColumnCount(); c++) {
                            String value = rs.getString(c);
                            for (String secret : secrets) {
                                assertFalse(value != null && value.contains(secret), table + "." + md.getColumnName(c) + " holds a secret");
                            }
                        }
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT password_hash FROM users WHERE user_id = '" + id + "'")) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("PBKDF2"), "passwords are stored as PBKDF2 hashes");
            }
        }
        try (var files = Files.list(LOGS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                String log = Files.readString(file);
                for (String secret : secrets) {
                    assertFalse(log.contains(secret), file.getFileName() + " holds a secret");
                }
            }
        }
    }

    private static String secretPart(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }
}
