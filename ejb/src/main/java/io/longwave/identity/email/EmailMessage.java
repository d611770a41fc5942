package io.longwave.identity.email;

/** One rendered plain-text e-mail to one recipient. The body may carry a secret, so it never goes to a log. */
public record EmailMessage(String to, String subject, String body) {

    @Override
    public String toString() {
        return "EmailMessage[to=" + to + ", subject=" + subject + "]";
    }
}
