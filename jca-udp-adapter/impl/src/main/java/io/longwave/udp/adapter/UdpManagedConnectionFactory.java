package io.longwave.udp.adapter;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Set;
import javax.security.auth.Subject;

/** Outbound factory: connections are thin handles onto the adapter's sockets. */
public class UdpManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    private transient UdpResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager cm) {
        return new UdpConnectionFactoryImpl(this, cm);
    }

    @Override
    public Object createConnectionFactory() {
        return new UdpConnectionFactoryImpl(this, null);
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) throws ResourceException {
        return new UdpManagedConnection(this);
    }

    @Override
    public ManagedConnection matchManagedConnections(Set connections, Subject subject, ConnectionRequestInfo info) {
        // Every managed connection is interchangeable: they hold no per-caller state.
        for (Object candidate : connections) {
            if (candidate instanceof UdpManagedConnection mc && mc.factory() == this) {
                return mc;
            }
        }
        return null;
    }

    UdpResourceAdapter adapter() throws ResourceException {
        UdpResourceAdapter ra = resourceAdapter;
        if (ra == null) {
            throw new ResourceException("UDP connection factory is not associated with the resource adapter");
        }
        return ra;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter ra) {
        this.resourceAdapter = (UdpResourceAdapter) ra;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
