package io.longwave.identity.email;

import java.time.Instant;

/** A message with everything a transport needs: sender, date and a Message-ID fixed once, before delivery. */
public record OutgoingEmail(EmailMessage message, String senderAddress, String senderName, Instant date, String messageId) {
}
