package io.longwave.gateway.station;

/** The sending side of one station's traffic websocket, as the websocket module provides it. */
public interface StationChannel {

    /**
     * Queues a text message without blocking.
     *
     * @return false when the connection is gone or too far behind
     */
    boolean send(String text);

    /** Closes the connection with a websocket close code and a reason the station logs. */
    void close(int code, String reason);
}
