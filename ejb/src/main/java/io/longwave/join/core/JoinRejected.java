package io.longwave.join.core;

/**
 * A join- or rejoin-request the Join Server refuses. Nothing was changed: the caller stores nothing and
 * sends no join-accept. Reasons are stable names so that refusals can be counted.
 */
public final class JoinRejected extends Exception {

    public enum Reason {
        MIC_FAILED,
        DEV_NONCE_REPLAYED,
        DEV_NONCE_TOO_SMALL,
        /** RJcount0 or RJcount1 did not increase. */
        RJ_COUNT_REPLAYED,
        /** Neither a join-request nor a rejoin-request this device may send. */
        WRONG_MTYPE,
        MALFORMED,
        /** JoinNonce is 24 bits and never wraps: the device needs new root keys. */
        JOIN_NONCE_EXHAUSTED
    }

    private final Reason reason;

    public JoinRejected(Reason reason, String message) {
        // No stack trace: a refusal is an expected outcome on the join path, not a bug.
        super(reason + ": " + message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
