package io.longwave.network;

/** An uplink the Network Server refuses; nothing stored has changed when this is thrown. */
public final class UplinkRejected extends Exception {

    private final UplinkDrop reason;

    public UplinkRejected(UplinkDrop reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public UplinkDrop reason() {
        return reason;
    }
}
