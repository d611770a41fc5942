package io.longwave.it.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.it.TestServer;
import io.longwave.it.api.Api;
import io.longwave.it.api.ServerOptions;
import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The {@code smtp} e-mail provider, against a local SMTP server; a failed delivery never fails the request. */
class EmailSmtpIT {

    private static Api.Reply requestReset(String userId) {
        return Api.post("/api/v3/users/" + userId + "/temporary_password", null, JsonObject.EMPTY_JSON_OBJECT);
    }

    @Test
    void mailGoesOutOverSmtp() throws Exception {
        String id = Api.uniqueId("smtp");
        Api.newUser(id);
        try (FakeSmtpServer smtp = new FakeSmtpServer();
             ServerOptions o = ServerOptions.set(Map.of("is.email.provider", "smtp",
                     "is.email.smtp.address", "127.0.0.1:" + smtp.port(),
                     "is.email.network.name", "Smtp Test Net"))) {
            assertEquals(200, requestReset(id).status());
            String data = smtp.next();
            assertTrue(data.contains("To: " + id + "@example.com"), data);
            assertTrue(data.contains("Subject: Your temporary password for Smtp Test Net"), data);
            Matcher m = Pattern.compile("Temporary password: (\\S+)").matcher(data);
            assertTrue(m.find(), data);
            Api.Reply changed = Api.put("/api/v3/users/" + id + "/password", null, jakarta.json.Json.createObjectBuilder()
                    .add("old_password", m.group(1)).add("new_password", "Blue-Kettle-Morning-9").build());
            assertEquals(200, changed.status(), changed.toString());
        }
    }

    @Test
    void anUnreachableServerIsCountedNotFailed() throws Exception {
        String id = Api.uniqueId("smtp");
        Api.newUser(id);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        double before = TestServer.metric("identity_email_failed_total", "provider=\"smtp\"");
        try (ServerOptions o = ServerOptions.set(Map.of("is.email.provider", "smtp",
                "is.email.smtp.address", "127.0.0.1:" + closedPort))) {
            assertEquals(200, requestReset(id).status());
            long deadline = System.currentTimeMillis() + 15_000;
            while (TestServer.metric("identity_email_failed_total", "provider=\"smtp\"") <= before
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
            assertEquals(before + 1, TestServer.metric("identity_email_failed_total", "provider=\"smtp\""));
        }
    }
}
