package io.longwave.identity.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The e-mails the Identity Server sends, one plain-text resource per kind ({@code <name>.txt} next to this
 * class): a {@code Subject:} line, an empty line, then the body. {@code {{key}}} placeholders are filled
 * from the values given; a placeholder without a value is a programming error, not an empty string, so
 * that a template and its caller cannot drift apart unnoticed.
 */
public enum EmailTemplate {
    CONTACT_INFO_VALIDATION("validate"),
    INVITATION("invitation"),
    TEMPORARY_PASSWORD("temporary_password"),
    LOGIN_TOKEN("login_token");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

    private final String resource;

    EmailTemplate(String resource) {
        this.resource = resource;
    }

    public EmailMessage render(String to, Map<String, String> values) {
        String text = load().replace("\r\n", "\n");
        int split = text.indexOf("\n\n");
        if (!text.startsWith("Subject: ") || split < 0) {
            throw new IllegalStateException("e-mail template " + resource + " must start with a Subject: line and an empty line");
        }
        String subject = fill(text.substring("Subject: ".length(), split).trim(), values);
        String body = fill(text.substring(split + 2), values);
        return new EmailMessage(to, subject, body);
    }

    private String load() {
        try (InputStream in = EmailTemplate.class.getResourceAsStream(resource + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("e-mail template " + resource + ".txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("e-mail template " + resource + " needs a value for " + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
