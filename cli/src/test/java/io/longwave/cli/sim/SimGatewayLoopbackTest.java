package io.longwave.cli.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.cli.api.Jsons;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A fake server socket in the test answers (or not) the gateway's datagrams. */
class SimGatewayLoopbackTest {

    private static final class FakeServer implements AutoCloseable {
        final DatagramSocket socket;
        final List<SemtechPacket> received = new CopyOnWriteArrayList<>();
        volatile SocketAddress gateway;
        private final Thread thread;

        /** Acknowledges every {@code ackEvery}-th PUSH_DATA and PULL_DATA (0: none). */
        FakeServer(int ackEvery) throws Exception {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            thread = new Thread(() -> {
                byte[] buf = new byte[65536];
                int n = 0;
                while (!socket.isClosed()) {
                    try {
                        DatagramPacket p = new DatagramPacket(buf, buf.length);
                        socket.receive(p);
                        gateway = p.getSocketAddress();
                        SemtechPacket packet = SemtechPacket.decode(buf, p.getLength());
                        received.add(packet);
                        int ackType = switch (packet.type()) {
                            case SemtechPacket.PUSH_DATA -> SemtechPacket.PUSH_ACK;
                            case SemtechPacket.PULL_DATA -> SemtechPacket.PULL_ACK;
                            default -> -1;
                        };
                        if (ackType >= 0 && ackEvery > 0 && ++n % ackEvery == 0) {
                            send(new SemtechPacket(2, packet.token(), ackType, 0, null));
                        }
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        void send(SemtechPacket p) throws Exception {
            byte[] b = p.encode();
            socket.send(new DatagramPacket(b, b.length, gateway));
        }

        InetSocketAddress address() {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(condition.getAsBoolean(), "timed out");
    }

    private static Rxpk rxpk(long tmst) {
        return new Rxpk("2024-01-01T00:00:00Z", tmst, 0, 0, 868_100_000, "SF7BW125", "4/5", -60, 5, new byte[] {0x40});
    }

    @ParameterizedTest(name = "ack every {0}: {1} sent, {2} missing push, {3} missing pull")
    @CsvSource({"1, 10, 0, 0", "2, 10, 4, 2", "0, 6, 6, 2", "3, 9, 6, 2"})
    void countsMissingAcks(int ackEvery, int pushes, long missingPush, long missingPull) throws Exception {
        SimCounters counters = new SimCounters();
        try (FakeServer server = new FakeServer(ackEvery);
             SimGateway gw = new SimGateway(0, 0x5349_4D47_0000_0001L, server.address(),
                     new GatewayClock(System.nanoTime(), 0), (g, d) -> { }, counters, 300)) {
            gw.start();
            // Alternate so that the server's every-n-th counter hits both kinds as the table expects.
            int pulls = 0;
            for (int i = 0; i < pushes; i++) {
                if (i % 5 == 0) {
                    gw.pull();
                    pulls++;
                    await(() -> server.received.size() == counters.pullData.sum() + counters.pushData.sum());
                }
                gw.push(List.of(rxpk(gw.tmstNow())));
                await(() -> server.received.size() == counters.pullData.sum() + counters.pushData.sum());
            }
            int sent = pushes + pulls;
            long expectedAcks = ackEvery == 0 ? 0 : sent / ackEvery;
            await(() -> counters.pushAcks.sum() + counters.pullAcks.sum() == expectedAcks);
            gw.sweep(System.nanoTime(), false);   // nothing is older than the timeout yet
            assertEquals(0, counters.missingPushAcks.sum() + counters.missingPullAcks.sum());
            Thread.sleep(350);
            gw.sweep(System.nanoTime(), false);
            assertEquals(missingPush, counters.missingPushAcks.sum());
            assertEquals(missingPull, counters.missingPullAcks.sum());
            gw.sweep(System.nanoTime(), true);   // counted once only
            assertEquals(missingPush + missingPull, counters.missingPushAcks.sum() + counters.missingPullAcks.sum());
            for (SemtechPacket p : server.received) {
                assertEquals(0x5349_4D47_0000_0001L, p.gatewayEui());
                if (p.type() == SemtechPacket.PUSH_DATA) {
                    assertEquals(1, Jsons.parseObject(p.jsonText()).getJsonArray("rxpk").size());
                }
            }
        }
    }

    @Test
    void lateAckAndUnknownTokenAreNotAcks() throws Exception {
        SimCounters counters = new SimCounters();
        try (FakeServer server = new FakeServer(0);
             SimGateway gw = new SimGateway(0, 1, server.address(), new GatewayClock(System.nanoTime(), 0),
                     (g, d) -> { }, counters, 100)) {
            gw.start();
            gw.push(List.of(rxpk(0)));
            await(() -> server.received.size() == 1);
            Thread.sleep(150);
            gw.sweep(System.nanoTime(), false);
            assertEquals(1, counters.missingPushAcks.sum());
            server.send(new SemtechPacket(2, server.received.get(0).token(), SemtechPacket.PUSH_ACK, 0, null));
            server.send(new SemtechPacket(2, 0xBEEF, SemtechPacket.PULL_ACK, 0, null));
            await(() -> counters.unexpectedAcks.sum() == 2);
            assertEquals(0, counters.pushAcks.sum());
        }
    }

    @ParameterizedTest(name = "txpk {0} us after now, immediate={1}: {2}")
    @CsvSource({"1000000, false, NONE", "-1000, false, TOO_LATE", "-1000, true, NONE"})
    void pullRespGetsTxAck(long leadMicros, boolean immediate, String error) throws Exception {
        SimCounters counters = new SimCounters();
        List<ReceivedDownlink> routed = new CopyOnWriteArrayList<>();
        // A clock close to the wrap, so that "1 s ahead" crosses it.
        GatewayClock clock = new GatewayClock(System.nanoTime(), Tmst.MASK - 500_000);
        try (FakeServer server = new FakeServer(1);
             SimGateway gw = new SimGateway(0, 7, server.address(), clock, (g, d) -> routed.add(d), counters, 1000)) {
            gw.start();
            gw.pull();
            await(() -> counters.pullAcks.sum() == 1);
            long tmst = Tmst.plus(gw.tmstNow(), leadMicros);
            String txpk = "{\"txpk\":{\"imme\":" + immediate + ",\"tmst\":" + tmst + ",\"freq\":868.1,\"datr\":\"SF7BW125\","
                    + "\"data\":\"" + Base64.getEncoder().encodeToString(new byte[] {0x60, 1, 2, 3, 4}) + "\"}}";
            server.send(new SemtechPacket(2, 0x4242, SemtechPacket.PULL_RESP, 0, txpk.getBytes(StandardCharsets.UTF_8)));
            await(() -> server.received.stream().anyMatch(p -> p.type() == SemtechPacket.TX_ACK));
            SemtechPacket ack = server.received.stream().filter(p -> p.type() == SemtechPacket.TX_ACK).findFirst().get();
            assertEquals(0x4242, ack.token());
            assertEquals(7, ack.gatewayEui());
            assertEquals(error, Jsons.parseObject(ack.jsonText()).getJsonObject("txpk_ack").getString("error"));
            await(() -> routed.size() + counters.tooLate.sum() == 1);
            assertEquals(error.equals("NONE") ? 1 : 0, routed.size());
            assertEquals(error.equals("NONE") ? 0 : 1, counters.tooLate.sum());
        }
    }
}
