package io.longwave.identity.email;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;

/**
 * The {@code smtp} provider through Jakarta Mail (Liberty's mail-2.1 feature): STARTTLS when the server
 * offers it, implicit TLS on port 465, and short timeouts so that a dead server cannot hold a sender thread.
 */
final class SmtpTransport {

    private static final String TIMEOUT_MILLIS = "15000";

    private SmtpTransport() {
    }

    static void deliver(MailRoute route, OutgoingEmail email) throws MessagingException, UnsupportedEncodingException {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", route.smtpHost());
        p.put("mail.smtp.port", Integer.toString(route.smtpPort()));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        if (route.smtpPort() == 465) {
            p.put("mail.smtp.ssl.enable", "true");
        } else {
            p.put("mail.smtp.starttls.enable", "true");
        }
        boolean auth = route.smtpUsername() != null && !route.smtpUsername().isEmpty();
        p.put("mail.smtp.auth", Boolean.toString(auth));
        Session session = Session.getInstance(p, auth ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(route.smtpUsername(), route.smtpPassword());
            }
        } : null);
        MimeMessage m = new FixedIdMessage(session, email.messageId());
        m.setFrom(new InternetAddress(email.senderAddress(), email.senderName(), "UTF-8"));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.message().to(), true));
        m.setSubject(email.message().subject(), "UTF-8");
        m.setSentDate(Date.from(email.date()));
        m.setText(email.message().body(), "UTF-8");
        Transport.send(m);
    }

    /** Keeps the Message-ID chosen before delivery, so that logs of both providers name the same ID. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
