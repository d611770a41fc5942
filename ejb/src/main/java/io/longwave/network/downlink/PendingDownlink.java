package io.longwave.network.downlink;

import io.longwave.application.QueuedDownlink;

/**
 * A downlink handed to a gateway and not yet acknowledged by TX_ACK (or a Basics Station's {@code dntxed}).
 *
 * @param item      the application downlink it carries, or null (ACK, MAC or join-accept only)
 * @param fallback  the RX2 window to retry in when the gateway reports an RX1 failure, or null
 * @param devEui    the device's DevEUI (16 hex digits), which a Basics Station {@code dnmsg} carries; null if unknown
 */
public record PendingDownlink(String id, String ref, QueuedDownlink item, long fCnt, byte[] phy, TxWindow window,
                              TxWindow fallback, long sentAtNanos, String devEui) {

    public PendingDownlink(String id, String ref, QueuedDownlink item, long fCnt, byte[] phy, TxWindow window,
                           TxWindow fallback, long sentAtNanos) {
        this(id, ref, item, fCnt, phy, window, fallback, sentAtNanos, null);
    }

    public PendingDownlink retryIn(TxWindow w, String newId) {
        return new PendingDownlink(newId, ref, item, fCnt, phy, w, null, System.nanoTime(), devEui);
    }
}
