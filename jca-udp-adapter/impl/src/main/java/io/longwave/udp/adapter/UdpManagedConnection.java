package io.longwave.udp.adapter;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

/** A pooled "physical" connection; UDP has no session, so it only routes sends to the adapter. */
final class UdpManagedConnection implements ManagedConnection {

    private final UdpManagedConnectionFactory factory;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final List<UdpConnectionImpl> handles = new CopyOnWriteArrayList<>();
    private PrintWriter logWriter;

    UdpManagedConnection(UdpManagedConnectionFactory factory) {
        this.factory = factory;
    }

    UdpManagedConnectionFactory factory() {
        return factory;
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        UdpConnectionImpl handle = new UdpConnectionImpl(this);
        handles.add(handle);
        return handle;
    }

    void send(byte[] payload, InetSocketAddress destination, int fromLocalPort) throws IOException {
        try {
            factory.adapter().send(payload, destination, fromLocalPort);
        } catch (ResourceException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    void handleClosed(UdpConnectionImpl handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        listeners.forEach(l -> l.connectionClosed(event));
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof UdpConnectionImpl handle)) {
            throw new ResourceException("not a UDP connection handle");
        }
        handle.reassociate(this);
        handles.add(handle);
    }

    @Override
    public void cleanup() {
        handles.forEach(UdpConnectionImpl::invalidate);
        handles.clear();
    }

    @Override
    public void destroy() {
        cleanup();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("UDP sends are not transactional");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("UDP sends are not transactional");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "Longwave UDP";
            }

            @Override
            public String getEISProductVersion() {
                return "1.0";
            }

            @Override
            public int getMaxConnections() {
                return 0;
            }

            @Override
            public String getUserName() {
                return "";
            }
        };
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}
