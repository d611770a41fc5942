package io.longwave.udp.api;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * The socket a datagram arrived on, for answering it at once (an acknowledgement) without taking a
 * connection from the connection manager: that costs several times the send itself on a path that
 * answers every datagram.
 */
@FunctionalInterface
public interface ReplyChannel {

    void send(byte[] payload, InetSocketAddress destination) throws IOException;
}
