package io.longwave.gateway.station;

/** A traffic message the server cannot use; {@code reason} labels {@code gs_station_dropped_total}. */
public final class BadStationMessage extends Exception {

    private static final long serialVersionUID = 1L;
    private final String reason;

    public BadStationMessage(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
