package io.longwave.identity.email;

import io.longwave.identity.options.IdentityOptions;
import io.longwave.platform.config.DeploymentSettings;

/**
 * Where e-mail goes: {@code is.email.provider} ({@code dir} or {@code smtp}) with its {@code is.email.*}
 * settings; when unset, the deployment's SMTP server (TTS_SMTP_HOST) if there is one; else nowhere.
 */
public record MailRoute(Provider provider, String dir, String smtpHost, int smtpPort, String smtpUsername,
                        String smtpPassword) {

    public enum Provider { NONE, DIR, SMTP }

    public static MailRoute resolve(IdentityOptions.Email email, DeploymentSettings.Mail deployment) {
        switch (email.provider().toLowerCase(java.util.Locale.ROOT)) {
            case "dir" -> {
                if (email.dir().isBlank()) {
                    throw new IllegalArgumentException("is.email.dir: must be set when is.email.provider is dir");
                }
                return new MailRoute(Provider.DIR, email.dir(), null, 0, null, null);
            }
            case "smtp" -> {
                String address = email.smtpAddress();
                if (address.isBlank()) {
                    throw new IllegalArgumentException("is.email.smtp.address: must be host:port when is.email.provider is smtp");
                }
                int colon = address.lastIndexOf(':');
                String host = colon < 0 ? address : address.substring(0, colon);
                int port = colon < 0 ? 587 : port(address.substring(colon + 1));
                return new MailRoute(Provider.SMTP, null, host, port, email.smtpUsername(), email.smtpPassword());
            }
            case "" -> {
                if (deployment != null && deployment.smtpHost().isPresent()) {
                    return new MailRoute(Provider.SMTP, null, deployment.smtpHost().get(), deployment.smtpPort(),
                            deployment.smtpUser().orElse(""), deployment.smtpPassword().orElse(""));
                }
                return new MailRoute(Provider.NONE, null, null, 0, null, null);
            }
            default -> throw new IllegalArgumentException("is.email.provider: must be dir or smtp, was '" + email.provider() + "'");
        }
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is.email.smtp.address: port must be 1-65535, was '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return "MailRoute[provider=" + provider + ", dir=" + dir + ", smtp=" + smtpHost + ":" + smtpPort + "]";
    }
}
