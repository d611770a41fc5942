package io.longwave.udp.adapter;

import io.longwave.udp.api.UdpConnection;
import io.longwave.udp.api.UdpConnectionFactory;
import io.longwave.udp.api.UdpPortStatistics;
import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import java.io.Serializable;
import java.util.List;
import javax.naming.Reference;

/** What applications inject; without a container connection manager it makes unpooled connections. */
final class UdpConnectionFactoryImpl implements UdpConnectionFactory, Serializable, Referenceable {

    private static final long serialVersionUID = 1L;

    private final transient UdpManagedConnectionFactory mcf;
    private final transient ConnectionManager connectionManager;
    private Reference reference;

    UdpConnectionFactoryImpl(UdpManagedConnectionFactory mcf, ConnectionManager connectionManager) {
        this.mcf = mcf;
        this.connectionManager = connectionManager;
    }

    @Override
    public UdpConnection getConnection() throws ResourceException {
        if (connectionManager == null) {
            return (UdpConnection) mcf.createManagedConnection(null, null).getConnection(null, null);
        }
        return (UdpConnection) connectionManager.allocateConnection(mcf, null);
    }

    @Override
    public List<UdpPortStatistics> statistics() {
        try {
            return mcf.adapter().statistics();
        } catch (ResourceException e) {
            return List.of();
        }
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
