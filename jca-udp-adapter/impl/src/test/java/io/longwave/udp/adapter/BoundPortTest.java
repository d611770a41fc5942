package io.longwave.udp.adapter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.udp.api.Datagram;
import io.longwave.udp.api.UdpPortStatistics;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundPortTest {

    private final List<Thread> threads = new ArrayList<>();
    private BoundPort port;

    private final LongRunningTasks threadTasks = (loop, stop) -> {
        Thread t = new Thread(loop, "udp-test");
        t.setDaemon(true);
        threads.add(t);
        t.start();
    };

    @AfterEach
    void stop() throws InterruptedException {
        if (port != null) {
            port.stop();
        }
        for (Thread t : threads) {
            t.join(2000);
            assertTrue(!t.isAlive(), "loop thread did not stop");
        }
    }

    private static PortSettings settings(int maxSize) {
        return new PortSettings("127.0.0.1", 0, 4 * 1024 * 1024, 4, 65536, maxSize, 1000);
    }

    private static UdpPortStatistics awaitDelivered(BoundPort port, long expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        UdpPortStatistics s = port.statistics();
        while (s.delivered() + s.failed() + s.dropped() + s.truncated() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
            s = port.statistics();
        }
        return s;
    }

    @Test
    void burstOfThousandDatagramsIsDeliveredConcurrentlyWithoutLoss() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Set<String> threadNames = ConcurrentHashMap.newKeySet();
        port = new BoundPort(settings(65507), () -> new DatagramSink() {
            @Override
            public void deliver(List<Datagram> ds) throws Exception {
                threadNames.add(Thread.currentThread().getName() + "@" + Thread.currentThread().getId());
                for (Datagram d : ds) {
                    Thread.sleep(1); // a listener that takes time must not cause loss
                    seen.add(new String(d.payload()));
                }
            }

            @Override
            public void release() {
            }
        });
        port.start(threadTasks);
        try (DatagramSocket client = new DatagramSocket()) {
            InetSocketAddress target = new InetSocketAddress("127.0.0.1", port.port());
            for (int i = 0; i < 1000; i++) {
                byte[] b = ("datagram-" + i).getBytes();
                client.send(new DatagramPacket(b, b.length, target));
            }
        }
        UdpPortStatistics s = awaitDelivered(port, 1000);
        assertEquals(1000, s.received());
        assertEquals(1000, s.delivered());
        assertEquals(0, s.dropped());
        assertEquals(1000, seen.size());
        assertTrue(threadNames.size() > 1, "delivery should use several threads, used " + threadNames);
    }

    @Test
    void aTrickleIsGatheredIntoBatchesWithinTheLingerAndAFullBatchGoesAtOnce() throws Exception {
        List<Integer> sizes = java.util.Collections.synchronizedList(new ArrayList<>());
        DatagramSink.Factory sinks = () -> new DatagramSink() {
            @Override
            public void deliver(List<Datagram> ds) {
                sizes.add(ds.size());
            }

            @Override
            public void release() {
            }
        };
        port = new BoundPort(new PortSettings("127.0.0.1", 0, 4 * 1024 * 1024, 4, 65536, 64, 2_000_000), sinks);
        port.start(threadTasks);
        try (DatagramSocket client = new DatagramSocket()) {
            InetSocketAddress target = new InetSocketAddress("127.0.0.1", port.port());
            for (int i = 0; i < 5; i++) { // 5 datagrams 20 ms apart, well inside the 2 s linger
                client.send(new DatagramPacket(new byte[8], 8, target));
                Thread.sleep(20);
            }
            awaitDelivered(port, 5);
            assertEquals(List.of(5), sizes);
            for (int i = 0; i < BoundPort.MAX_BATCH; i++) {
                client.send(new DatagramPacket(new byte[8], 8, target));
            }
            UdpPortStatistics s = awaitDelivered(port, 5 + BoundPort.MAX_BATCH);
            assertEquals(5 + BoundPort.MAX_BATCH, s.delivered());
            assertEquals(List.of(5, BoundPort.MAX_BATCH), sizes);
        }
    }

    @Test
    void oversizedDatagramIsCountedAndDropped() throws Exception {
        AtomicInteger delivered = new AtomicInteger();
        port = new BoundPort(settings(16), sinkCounting(delivered));
        port.start(threadTasks);
        try (DatagramSocket client = new DatagramSocket()) {
            InetSocketAddress target = new InetSocketAddress("127.0.0.1", port.port());
            client.send(new DatagramPacket(new byte[17], 17, target));
            client.send(new DatagramPacket(new byte[16], 16, target));
        }
        UdpPortStatistics s = awaitDelivered(port, 2);
        assertEquals(1, s.truncated());
        assertEquals(1, s.delivered());
        assertEquals(1, delivered.get());
    }

    @Test
    void failingListenerIsCountedAndReplacedAndLaterDatagramsStillArrive() throws Exception {
        AtomicInteger created = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        port = new BoundPort(settings(100), () -> {
            created.incrementAndGet();
            return new DatagramSink() {
                @Override
                public void deliver(List<Datagram> ds) {
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("listener failure");
                    }
                }

                @Override
                public void release() {
                }
            };
        });
        port.start(threadTasks);
        try (DatagramSocket client = new DatagramSocket()) {
            InetSocketAddress target = new InetSocketAddress("127.0.0.1", port.port());
            client.send(new DatagramPacket(new byte[] {1}, 1, target));
            Thread.sleep(100);
            client.send(new DatagramPacket(new byte[] {2}, 1, target));
        }
        UdpPortStatistics s = awaitDelivered(port, 2);
        assertEquals(1, s.failed());
        assertEquals(1, s.delivered());
        assertTrue(created.get() >= 2, "a failed sink is replaced");
    }

    @Test
    void sendLeavesFromTheBoundPort() throws Exception {
        port = new BoundPort(settings(100), sinkCounting(new AtomicInteger()));
        port.start(threadTasks);
        try (DatagramSocket peer = new DatagramSocket(0)) {
            peer.setSoTimeout(2000);
            port.send(new byte[] {9, 8, 7}, new InetSocketAddress("127.0.0.1", peer.getLocalPort()));
            DatagramPacket p = new DatagramPacket(new byte[10], 10);
            peer.receive(p);
            assertEquals(port.port(), p.getPort());
            assertArrayEquals(new byte[] {9, 8, 7}, java.util.Arrays.copyOf(p.getData(), p.getLength()));
        }
        assertEquals(1, port.statistics().sent());
    }

    private static DatagramSink.Factory sinkCounting(AtomicInteger counter) {
        return () -> new DatagramSink() {
            @Override
            public void deliver(List<Datagram> ds) {
                counter.addAndGet(ds.size());
            }

            @Override
            public void release() {
            }
        };
    }
}
