package io.longwave.it.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.longwave.it.api.Api;
import io.longwave.it.api.ServerOptions;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The {@code smtp} e-mail provider, against a local SMTP server (GreenMail); a failed delivery is logged, counted
 * ({@code identity_email_failed_total}) and never fails the request. */
class EmailSmtpIT {

    private static Api.Reply requestReset(String userId) {
        return Api.post("/api/v3/users/" + userId + "/temporary_password", null, JsonObject.EMPTY_JSON_OBJECT);
    }

    @Test
    void mailGoesOutOverSmtp() throws Exception {
        String id = Api.uniqueId("smtp");
        Api.newUser(id);
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try (ServerOptions o = ServerOptions.set(Map.of("is.email.provider", "smtp",
                     "is.email.smtp.address", "127.0.0.1:" + smtp.getSmtp().getPort(),
                     "is.email.network.name", "Smtp Test Net"))) {
            assertEquals(200, requestReset(id).status());
            assertTrue(smtp.waitForIncomingEmail(15_000, 1), "no message reached the SMTP server within 15 s");
            String data = GreenMailUtil.getWholeMessage(smtp.getReceivedMessages()[0]);
            assertTrue(data.contains("To: " + id + "@example.com"), data);
            assertTrue(data.contains("Subject: Your temporary password for Smtp Test Net"), data);
            Matcher m = Pattern.compile("Temporary password: (\\S+)").matcher(data);
            assertTrue(m.find(), data);
            Api.Reply changed = Api.put("/api/v3/users/" + id + "/password", null, jakarta.json.Json.createObjectBuilder()
                    .add("old_password", m.group(1)).add("new_password", "Blue-Kettle-Morning-9").build());
            assertEquals(200, changed.status(), changed.toString());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void anUnreachableServerIsLoggedWithoutSecretsNotFailed() throws Exception {
        String id = Api.uniqueId("smtp");
        Api.newUser(id);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String secret = "Smtp-Secret-" + Api.uniqueId("pw");
        long before = failures();
        try (ServerOptions o = ServerOptions.set(Map.of("is.email.provider", "smtp",
                "is.email.smtp.address", "127.0.0.1:" + closedPort,
                "is.email.smtp.username", "mailer", "is.email.smtp.password", secret))) {
            Api.Reply r = requestReset(id);
            assertEquals(200, r.status(), "a failed delivery does not fail the request: " + r);
            long deadline = System.currentTimeMillis() + 20_000;
            while (failures() <= before && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
            assertEquals(before + 1, failures());
            assertFalse(Files.readString(LOG).contains(secret), "the SMTP password is never logged");
        }
    }

    private static final Path LOG = Path.of(System.getProperty("lw.it.server.dir", "target/liberty/wlp/usr/servers/longwave"),
            "logs", "messages.log");

    private static long failures() throws IOException {
        try (var lines = Files.lines(LOG)) {
            return lines.filter(l -> l.contains("email.failed provider=smtp")).count();
        }
    }
}
