package io.longwave.gateway.udp;

/** A datagram that is not a Semtech UDP packet from a gateway; it is counted and dropped. */
public final class MalformedDatagramException extends Exception {

    public enum Reason { TRUNCATED, BAD_VERSION, BAD_IDENTIFIER }

    private final Reason reason;

    public MalformedDatagramException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
