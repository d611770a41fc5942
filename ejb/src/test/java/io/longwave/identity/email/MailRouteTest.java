package io.longwave.identity.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.identity.options.IdentityOptions;
import io.longwave.platform.config.DeploymentSettings;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailRouteTest {

    private static final DeploymentSettings.Mail NO_SMTP = new DeploymentSettings.Mail(Optional.empty(), 587,
            Optional.empty(), Optional.empty(), Optional.empty());
    private static final DeploymentSettings.Mail TTS_SMTP = new DeploymentSettings.Mail(Optional.of("mail.example"), 2525,
            Optional.of("u"), Optional.of("secret-pw"), Optional.empty());

    private static IdentityOptions.Email email(String provider, String dir, String smtpAddress) {
        return new IdentityOptions.Email(provider, dir, smtpAddress, "is-user", "is-pw", 2, "noreply@example.com",
                "Net", "Net", "", "");
    }

    @Test
    void dirProvider() {
        MailRoute r = MailRoute.resolve(email("dir", "/tmp/mail", ""), TTS_SMTP);
        assertEquals(MailRoute.Provider.DIR, r.provider());
        assertEquals("/tmp/mail", r.dir());
    }

    @Test
    void dirProviderNeedsADir() {
        assertThrows(IllegalArgumentException.class, () -> MailRoute.resolve(email("dir", "", ""), NO_SMTP));
    }

    @Test
    void smtpProviderFromIsOptions() {
        MailRoute r = MailRoute.resolve(email("smtp", "", "smtp.example:465"), TTS_SMTP);
        assertEquals(new MailRoute(MailRoute.Provider.SMTP, null, "smtp.example", 465, "is-user", "is-pw"), r);
        assertEquals(587, MailRoute.resolve(email("smtp", "", "smtp.example"), NO_SMTP).smtpPort());
        assertThrows(IllegalArgumentException.class, () -> MailRoute.resolve(email("smtp", "", "smtp.example:99999"), NO_SMTP));
        assertThrows(IllegalArgumentException.class, () -> MailRoute.resolve(email("smtp", "", ""), NO_SMTP));
    }

    @Test
    void unsetProviderFallsBackToTheDeploymentSmtpServer() {
        assertEquals(new MailRoute(MailRoute.Provider.SMTP, null, "mail.example", 2525, "u", "secret-pw"),
                MailRoute.resolve(email("", "", ""), TTS_SMTP));
        assertEquals(MailRoute.Provider.NONE, MailRoute.resolve(email("", "", ""), NO_SMTP).provider());
        assertEquals(MailRoute.Provider.NONE, MailRoute.resolve(email("", "", ""), null).provider());
    }

    @Test
    void unknownProviderIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MailRoute.resolve(email("sendgrid", "", ""), NO_SMTP));
    }

    @Test
    void toStringHidesThePassword() {
        assertFalse(MailRoute.resolve(email("", "", ""), TTS_SMTP).toString().contains("secret-pw"));
    }
}
