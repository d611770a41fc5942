package io.longwave.gateway.station;

/** A Basics Station router id that is none of the accepted forms; the message says why, for the station's log. */
public class InvalidRouterId extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidRouterId(String message) {
        super(message);
    }
}
