package io.longwave.identity.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmailTemplateTest {

    private static final Map<String, String> ALL = Map.of("network_name", "Acme LoRa", "identity_server_url", "https://is.example",
            "console_url", "https://is.example/console", "user_id", "alice", "email", "alice@example.com",
            "validation_id", "VID", "token", "TOKEN123", "expires_at", "2026-01-01T00:00:00Z", "inviter_id", "bob");

    @ParameterizedTest
    @EnumSource(EmailTemplate.class)
    void everyTemplateRendersWithNetworkNameAndToken(EmailTemplate template) {
        EmailMessage m = template.render("alice@example.com", ALL);
        assertEquals("alice@example.com", m.to());
        assertTrue(m.subject().contains("Acme LoRa"), m.subject());
        assertTrue(m.body().contains("TOKEN123"), m.body());
        assertFalse(m.body().contains("{{"), m.body());
    }

    @Test
    void validationCarriesIdAndToken() {
        String body = EmailTemplate.CONTACT_INFO_VALIDATION.render("a@example.com", ALL).body();
        assertTrue(body.contains("Validation ID: VID\n"), body);
        assertTrue(body.contains("Token: TOKEN123\n"), body);
    }

    @Test
    void aMissingValueIsAnError() {
        Map<String, String> values = new HashMap<>(ALL);
        values.remove("token");
        assertThrows(IllegalStateException.class, () -> EmailTemplate.LOGIN_TOKEN.render("a@example.com", values));
    }

    @Test
    void valuesAreInsertedLiterally() {
        Map<String, String> values = new HashMap<>(ALL);
        values.put("token", "$1\\x");
        assertTrue(EmailTemplate.LOGIN_TOKEN.render("a@example.com", values).body().contains("Token: $1\\x"));
    }

    @Test
    void theToStringHasNoBody() {
        assertFalse(EmailTemplate.LOGIN_TOKEN.render("a@example.com", ALL).toString().contains("TOKEN123"));
    }
}
