package io.longwave.network.downlink;

import io.longwave.application.QueuedDownlink;

/**
 * A downlink handed to a gateway and not yet acknowledged by TX_ACK.
 *
 * @param item      the application downlink it carries, or null (ACK, MAC or join-accept only)
 * @param fallback  the RX2 window to retry in when the gateway reports an RX1 failure, or null
 */
public record PendingDownlink(String id, String ref, QueuedDownlink item, long fCnt, byte[] phy, TxWindow window,
                              TxWindow fallback, long sentAtNanos) {

    public PendingDownlink retryIn(TxWindow w, String newId) {
        return new PendingDownlink(newId, ref, item, fCnt, phy, w, null, System.nanoTime());
    }
}
