package io.longwave.udp.api;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * One received UDP datagram, copied out of the socket buffer.
 *
 * @param payload    the datagram bytes (owned by the receiver; the adapter keeps no reference)
 * @param source     where it came from; replies go back there
 * @param localPort  the adapter socket that received it, so that a reply can leave from the same port
 * @param receivedAtNanos {@link System#nanoTime()} when the adapter read it, for latency accounting
 * @param replies    the receiving socket, for {@link #reply}
 */
public record Datagram(byte[] payload, InetSocketAddress source, int localPort, long receivedAtNanos,
                       ReplyChannel replies) {

    /** Answers the sender from the socket that received this datagram. */
    public void reply(byte[] answer) throws IOException {
        replies.send(answer, source);
    }
}
