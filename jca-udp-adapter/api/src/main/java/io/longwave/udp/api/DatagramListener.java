package io.longwave.udp.api;

/**
 * The message-listener interface of the UDP resource adapter: an MDB implementing it receives every
 * datagram that arrives on the port of its activation spec. Calls arrive concurrently on several
 * threads, so implementations must be thread-safe and quick.
 */
public interface DatagramListener {

    void onDatagram(Datagram datagram);
}
