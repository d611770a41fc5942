package io.longwave.lorawan;

/**
 * The one exception the codec throws for bad input: a frame, MAC command or parameter that does not
 * satisfy the specification. Callers count and drop on it; it never wraps an index or buffer error.
 */
public final class LorawanException extends Exception {

    /** Why the input was refused; stable names so that drops can be counted per reason. */
    public enum Reason {
        TOO_SHORT,
        TOO_LONG,
        BAD_MTYPE,
        BAD_MAJOR,
        BAD_FOPTS_LEN,
        FOPTS_WITH_FPORT_0,
        PAYLOAD_TOO_LARGE,
        BAD_MAC_COMMAND,
        UNKNOWN_MAC_COMMAND,
        BAD_JOIN_ACCEPT,
        BAD_CF_LIST,
        BAD_KEY,
        BAD_FIELD,
        MIC_MISMATCH,
        FCNT_GAP,
        UNSUPPORTED
    }

    private final Reason reason;

    public LorawanException(Reason reason, String message) {
        super(reason + ": " + message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
