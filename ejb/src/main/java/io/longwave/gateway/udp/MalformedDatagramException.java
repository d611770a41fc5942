package io.longwave.gateway.udp;

/** A datagram that is not a Semtech UDP packet from a gateway; it is counted and dropped. */
public final class MalformedDatagramException extends Exception {

    /** Every reason a datagram or one of its packets is dropped; each is a metric label. */
    public enum Reason { TRUNCATED, BAD_VERSION, BAD_IDENTIFIER, BAD_JSON, UNKNOWN_GATEWAY, RATE_LIMITED, CRC_FAILED, BAD_RXPK, OVERSIZED }

    private final Reason reason;

    public MalformedDatagramException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
