package io.longwave.identity.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EmlFormatTest {

    private static final Instant DATE = Instant.parse("2026-03-04T05:06:07Z");

    @Test
    void writesTheRfc822HeadersThenTheBodyWithCrlf() {
        String eml = EmlFormat.format(new OutgoingEmail(new EmailMessage("bob@example.com", "Hello", "line 1\nline 2\n"),
                "noreply@example.com", "Longwave", DATE, "<id-1@example.com>"));
        String[] parts = eml.split("\r\n\r\n", 2);
        assertEquals(String.join("\r\n",
                "From: \"Longwave\" <noreply@example.com>",
                "To: bob@example.com",
                "Subject: Hello",
                "Date: Wed, 4 Mar 2026 05:06:07 GMT",
                "Message-ID: <id-1@example.com>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: 8bit"), parts[0]);
        assertEquals("line 1\r\nline 2\r\n", parts[1]);
    }

    @Test
    void encodesNonAsciiSubjectAndSenderName() {
        String eml = EmlFormat.format(new OutgoingEmail(new EmailMessage("bob@example.com", "Grüße", "x"),
                "noreply@example.com", "Netz Süd", DATE, "<id@example.com>"));
        String b64 = Base64.getEncoder().encodeToString("Grüße".getBytes(StandardCharsets.UTF_8));
        assertTrue(eml.contains("Subject: =?UTF-8?B?" + b64 + "?=\r\n"), eml);
        assertTrue(eml.contains("From: =?UTF-8?B?" + Base64.getEncoder().encodeToString("Netz Süd".getBytes(StandardCharsets.UTF_8))
                + "?= <noreply@example.com>\r\n"), eml);
    }

    @Test
    void aLineBreakInAValueCannotAddAHeader() {
        String eml = EmlFormat.format(new OutgoingEmail(new EmailMessage("bob@example.com", "Hi\r\nBcc: eve@example.com", "x"),
                "noreply@example.com", "", DATE, "<id@example.com>"));
        assertFalse(eml.contains("\r\nBcc:"), eml);
        assertTrue(eml.startsWith("From: noreply@example.com\r\n"), eml);
    }
}
