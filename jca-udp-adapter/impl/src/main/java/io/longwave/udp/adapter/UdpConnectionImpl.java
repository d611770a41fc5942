package io.longwave.udp.adapter;

import io.longwave.udp.api.UdpConnection;
import java.io.IOException;
import java.net.InetSocketAddress;

/** The handle applications hold; closing it returns the managed connection to the pool. */
final class UdpConnectionImpl implements UdpConnection {

    private volatile UdpManagedConnection managed;

    UdpConnectionImpl(UdpManagedConnection managed) {
        this.managed = managed;
    }

    @Override
    public void send(byte[] payload, InetSocketAddress destination, int fromLocalPort) throws IOException {
        UdpManagedConnection mc = managed;
        if (mc == null) {
            throw new IOException("UDP connection is closed");
        }
        mc.send(payload, destination, fromLocalPort);
    }

    void reassociate(UdpManagedConnection mc) {
        this.managed = mc;
    }

    void invalidate() {
        this.managed = null;
    }

    @Override
    public void close() {
        UdpManagedConnection mc = managed;
        if (mc != null) {
            managed = null;
            mc.handleClosed(this);
        }
    }
}
