package io.longwave.identity.email;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * An e-mail as RFC 5322 (ex RFC 822) text, as the {@code dir} provider stores it in {@code .eml} files:
 * headers From, To, Subject, Date, Message-ID, MIME-Version and Content-Type, then the UTF-8 body with CRLF
 * line ends. Non-ASCII in the subject or the sender name is RFC 2047 encoded.
 */
public final class EmlFormat {

    private EmlFormat() {
    }

    public static String format(OutgoingEmail email) {
        EmailMessage m = email.message();
        StringBuilder out = new StringBuilder();
        header(out, "From", mailbox(email.senderName(), email.senderAddress()));
        header(out, "To", m.to());
        header(out, "Subject", encodedWord(m.subject()));
        header(out, "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(email.date().atOffset(ZoneOffset.UTC)));
        header(out, "Message-ID", email.messageId());
        header(out, "MIME-Version", "1.0");
        header(out, "Content-Type", "text/plain; charset=UTF-8");
        header(out, "Content-Transfer-Encoding", "8bit");
        out.append("\r\n");
        out.append(m.body().replace("\r\n", "\n").replace("\n", "\r\n"));
        return out.toString();
    }

    /** {@code "Name" <address>}, or just the address when there is no name. */
    static String mailbox(String name, String address) {
        if (name == null || name.isBlank()) {
            return address;
        }
        String display = ascii(name) ? "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : encodedWord(name);
        return display + " <" + address + ">";
    }

    static String encodedWord(String text) {
        if (ascii(text)) {
            return text;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private static boolean ascii(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    private static void header(StringBuilder out, String name, String value) {
        // A CR or LF in a value would start a new header: values come from configuration and user input.
        out.append(name).append(": ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
    }
}
