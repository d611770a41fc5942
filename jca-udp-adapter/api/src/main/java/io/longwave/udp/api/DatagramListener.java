package io.longwave.udp.api;

import java.util.List;

/**
 * The message-listener interface of the UDP resource adapter: an MDB implementing it receives every
 * datagram that arrives on the port of its activation spec. Calls arrive concurrently on several
 * threads, so implementations must be thread-safe and quick.
 */
public interface DatagramListener {

    /**
     * Datagrams in the order they arrived: one when traffic is light, up to a small batch of those
     * waiting when it is heavy, so that the container's per-call cost is paid once per batch.
     */
    void onDatagrams(List<Datagram> datagrams);
}
