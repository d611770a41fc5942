package io.longwave.gateway.udp;

import java.net.InetSocketAddress;

/** Where a UDP gateway's downlinks go: the source of its last PULL_DATA, and the local port it reached. */
public record UdpPath(InetSocketAddress address, int localPort, long seenAtNanos) {

    /** The Semtech forwarder sends PULL_DATA every 5-10 s; 90 s of silence means the NAT path is gone. */
    public static final long EXPIRY_NANOS = 90_000_000_000L;

    public boolean expired(long nowNanos) {
        return nowNanos - seenAtNanos > EXPIRY_NANOS;
    }
}
