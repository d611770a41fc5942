package io.longwave.udp.adapter;

import io.longwave.udp.api.DatagramListener;
import io.longwave.udp.api.UdpPortStatistics;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * The UDP resource adapter. Each activated MDB endpoint binds one port ({@link BoundPort}); the
 * outbound connection factory sends through the bound socket of the same port when there is one.
 */
public class UdpResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(UdpResourceAdapter.class.getName());

    private final Map<ActivationKey, BoundPort> activations = new ConcurrentHashMap<>();
    private final Map<Integer, BoundPort> portsByNumber = new ConcurrentHashMap<>();
    private volatile WorkManager workManager;
    private volatile DatagramChannel ephemeralChannel;

    /** Identity of one activation: the container passes the same two objects to deactivation. */
    private record ActivationKey(MessageEndpointFactory factory, ActivationSpec spec) {
    }

    @Override
    public void start(BootstrapContext ctx) throws ResourceAdapterInternalException {
        this.workManager = ctx.getWorkManager();
        LOG.info("udp.adapter.started");
    }

    @Override
    public void stop() {
        activations.values().forEach(BoundPort::stop);
        activations.clear();
        portsByNumber.clear();
        DatagramChannel channel = ephemeralChannel;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing at shutdown; nothing to do
            }
        }
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof UdpActivationSpec udpSpec)) {
            throw new NotSupportedException("unsupported activation spec " + spec.getClass().getName());
        }
        udpSpec.validate();
        PortSettings settings = udpSpec.settings();
        try {
            BoundPort port = new BoundPort(settings, () -> new EndpointSink(factory.createEndpoint(null)));
            port.start(this::startWork);
            activations.put(new ActivationKey(factory, spec), port);
            portsByNumber.put(port.port(), port);
            LOG.info("udp.port.bound address=" + settings.bindAddress() + " port=" + port.port()
                    + " deliveryThreads=" + settings.deliveryThreads() + " rcvbuf=" + settings.receiveBufferSize());
        } catch (ResourceException e) {
            throw e;
        } catch (Exception e) {
            throw new ResourceException("UDP endpoint activation failed: " + e.getMessage(), e);
        }
    }

    private void startWork(Runnable loop, Runnable stop) throws ResourceException {
        workManager.scheduleWork(new Work() {
            @Override
            public void run() {
                loop.run();
            }

            @Override
            public void release() {
                stop.run();
            }
        }, WorkManager.INDEFINITE, null, null);
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        BoundPort port = activations.remove(new ActivationKey(factory, spec));
        if (port != null) {
            portsByNumber.remove(port.port(), port);
            port.stop();
            LOG.info("udp.port.unbound port=" + port.port());
        }
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    /** Sends from the bound socket of {@code fromLocalPort} when there is one, else from an ephemeral port. */
    void send(byte[] payload, InetSocketAddress destination, int fromLocalPort) throws IOException {
        BoundPort port = portsByNumber.get(fromLocalPort);
        if (port != null && port.isRunning()) {
            port.send(payload, destination);
            return;
        }
        ephemeral().send(ByteBuffer.wrap(payload), destination);
    }

    private DatagramChannel ephemeral() throws IOException {
        DatagramChannel channel = ephemeralChannel;
        if (channel == null || !channel.isOpen()) {
            synchronized (this) {
                channel = ephemeralChannel;
                if (channel == null || !channel.isOpen()) {
                    channel = DatagramChannel.open();
                    ephemeralChannel = channel;
                }
            }
        }
        return channel;
    }

    List<UdpPortStatistics> statistics() {
        List<UdpPortStatistics> result = new ArrayList<>();
        portsByNumber.values().forEach(p -> result.add(p.statistics()));
        return result;
    }

    // A resource adapter is a JavaBean compared by the container; it has no config properties.
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Adapts a container message endpoint to the delivery loop. */
    private static final class EndpointSink implements DatagramSink {
        private final MessageEndpoint endpoint;
        private final DatagramListener listener;

        EndpointSink(MessageEndpoint endpoint) {
            this.endpoint = endpoint;
            this.listener = (DatagramListener) endpoint;
        }

        @Override
        public void deliver(List<io.longwave.udp.api.Datagram> datagrams) {
            listener.onDatagrams(datagrams);
        }

        @Override
        public void release() {
            endpoint.release();
        }
    }
}
