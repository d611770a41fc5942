package io.longwave.udp.api;

import java.io.IOException;
import java.net.InetSocketAddress;

/** A handle for sending datagrams; cheap to obtain, close it after use (try-with-resources). */
public interface UdpConnection extends AutoCloseable {

    /**
     * Sends one datagram. When the adapter has an inbound socket bound on {@code fromLocalPort} the
     * datagram leaves from that socket, so that NAT bindings opened by the peer's traffic to that
     * port are reused; otherwise it leaves from an ephemeral port.
     */
    void send(byte[] payload, InetSocketAddress destination, int fromLocalPort) throws IOException;

    @Override
    void close();
}
