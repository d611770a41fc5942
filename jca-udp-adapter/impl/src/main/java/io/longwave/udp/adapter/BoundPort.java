package io.longwave.udp.adapter;

import io.longwave.udp.api.Datagram;
import io.longwave.udp.api.UdpPortStatistics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One bound UDP socket: a single receive loop that only copies datagrams into a bounded queue (so
 * that a burst lands in memory rather than overflowing the kernel buffer), and several delivery
 * loops that hand them to the listener concurrently, each taking whatever waits, up to
 * {@value #MAX_BATCH} at a time.
 */
final class BoundPort {

    private static final Logger LOG = Logger.getLogger(BoundPort.class.getName());
    /** Datagrams handed over in one call when several wait: the endpoint's per-call cost is paid once. */
    static final int MAX_BATCH = 16;

    private final PortSettings settings;
    private final DatagramChannel channel;
    private final BlockingQueue<Datagram> queue;
    private final PortCounters counters = new PortCounters();
    private final DatagramSink.Factory sinks;
    private volatile boolean running = true;

    BoundPort(PortSettings settings, DatagramSink.Factory sinks) throws IOException {
        this.settings = settings;
        this.sinks = sinks;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.channel = DatagramChannel.open();
        try {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, settings.receiveBufferSize());
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, false);
            channel.bind(new InetSocketAddress(settings.bindAddress(), settings.port()));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw new IOException("cannot bind UDP " + settings.bindAddress() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        int granted = channel.getOption(StandardSocketOptions.SO_RCVBUF);
        if (granted < settings.receiveBufferSize()) {
            // Linux caps SO_RCVBUF at net.core.rmem_max; say so once, the operator can raise it.
            LOG.log(Level.WARNING, "udp.rcvbuf.capped port={0} requested={1} granted={2}",
                    new Object[] {port(), settings.receiveBufferSize(), granted});
        }
    }

    int port() {
        return ((InetSocketAddress) localAddress()).getPort();
    }

    private SocketAddress localAddress() {
        try {
            return channel.getLocalAddress();
        } catch (IOException e) {
            return new InetSocketAddress(settings.port());
        }
    }

    void start(LongRunningTasks tasks) throws Exception {
        tasks.start(this::receiveLoop, this::stop);
        for (int i = 0; i < settings.deliveryThreads(); i++) {
            tasks.start(this::deliveryLoop, this::stop);
        }
    }

    private void receiveLoop() {
        int localPort = port();
        // One byte more than the maximum, so that an oversized datagram is seen rather than silently cut.
        ByteBuffer buffer = ByteBuffer.allocateDirect(settings.maxDatagramSize() + 1);
        while (running) {
            try {
                buffer.clear();
                SocketAddress source = channel.receive(buffer);
                long now = System.nanoTime();
                counters.received.increment();
                buffer.flip();
                if (buffer.remaining() > settings.maxDatagramSize()) {
                    counters.truncated.increment();
                    continue;
                }
                byte[] payload = new byte[buffer.remaining()];
                buffer.get(payload);
                if (!queue.offer(new Datagram(payload, (InetSocketAddress) source, localPort, now, this::send))) {
                    counters.dropped.increment();
                }
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.log(Level.WARNING, "udp.receive.error port=" + localPort, e);
            }
        }
    }

    private void deliveryLoop() {
        DatagramSink sink = null;
        try {
            while (running) {
                Datagram datagram = queue.poll(200, TimeUnit.MILLISECONDS);
                if (datagram == null) {
                    continue;
                }
                List<Datagram> batch = new ArrayList<>(MAX_BATCH); // the listener may keep it
                batch.add(datagram);
                queue.drainTo(batch, MAX_BATCH - 1);
                try {
                    if (sink == null) {
                        sink = sinks.create();
                    }
                    sink.deliver(batch);
                    counters.delivered.add(batch.size());
                } catch (Exception | Error e) {
                    counters.failed.add(batch.size());
                    LOG.log(Level.FINE, "udp.deliver.failed port=" + settings.port(), e);
                    if (sink != null) {
                        sink.release();
                        sink = null;
                    }
                    if (!running) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (sink != null) {
                sink.release();
            }
        }
    }

    void send(byte[] payload, InetSocketAddress destination) throws IOException {
        channel.send(ByteBuffer.wrap(payload), destination);
        counters.sent.increment();
    }

    void stop() {
        running = false;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "udp.close", e);
        }
    }

    boolean isRunning() {
        return running;
    }

    UdpPortStatistics statistics() {
        return counters.snapshot(port(), queue.size());
    }

    @Override
    public String toString() {
        return "BoundPort" + Arrays.asList(settings.bindAddress(), settings.port());
    }
}
