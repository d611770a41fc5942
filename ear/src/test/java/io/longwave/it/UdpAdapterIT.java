package io.longwave.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** The JCA adapter delivers a back-to-back burst to the MDB without loss, and bad datagrams are counted. */
class UdpAdapterIT {

    private static final int BURST = 1000;

    private static byte[] pullData(int token, long eui) {
        byte[] b = new byte[12];
        b[0] = 2;
        b[1] = (byte) (token >> 8);
        b[2] = (byte) token;
        b[3] = 0x02;
        for (int i = 0; i < 8; i++) {
            b[4 + i] = (byte) (eui >>> (56 - 8 * i));
        }
        return b;
    }

    @Test
    void thousandDatagramsBackToBackAreAllDeliveredToTheMdb() throws Exception {
        int port = TestServer.port("LW_UDP_PORT");
        String portLabel = "port=\"" + port + "\"";
        double deliveredBefore = TestServer.metric("udp_adapter_delivered", portLabel);
        double pullDataBefore = TestServer.metric("gs_udp_datagrams_total", "type=\"pull_data\"");
        InetSocketAddress target = new InetSocketAddress("127.0.0.1", port);
        try (DatagramSocket socket = new DatagramSocket()) {
            for (int i = 0; i < BURST; i++) {
                byte[] b = pullData(i, 0x0102030405060708L + i);
                socket.send(new DatagramPacket(b, b.length, target));
            }
        }
        double delivered = TestServer.awaitMetric("udp_adapter_delivered", portLabel, deliveredBefore + BURST);
        assertEquals(deliveredBefore + BURST, delivered, "adapter delivered count");
        assertEquals(0.0, TestServer.metric("udp_adapter_dropped", portLabel), "queue overflow drops");
        assertEquals(pullDataBefore + BURST, TestServer.awaitMetric("gs_udp_datagrams_total", "type=\"pull_data\"", pullDataBefore + BURST));
    }

    @Test
    void malformedDatagramsAreCountedDropsAndTheReceiverKeepsWorking() throws Exception {
        int port = TestServer.port("LW_UDP_PORT");
        double truncated = TestServer.metric("gs_udp_dropped_total", "reason=\"truncated\"");
        double badVersion = TestServer.metric("gs_udp_dropped_total", "reason=\"bad_version\"");
        double badId = TestServer.metric("gs_udp_dropped_total", "reason=\"bad_identifier\"");
        double pulls = TestServer.metric("gs_udp_datagrams_total", "type=\"pull_data\"");
        InetSocketAddress target = new InetSocketAddress("127.0.0.1", port);
        try (DatagramSocket socket = new DatagramSocket()) {
            byte[][] bad = {
                    {2, 0},                                  // shorter than the header
                    {2, 0, 1, 0x02, 1, 2, 3},                // PULL_DATA cut inside the EUI
                    {9, 0, 1, 0x02, 1, 2, 3, 4, 5, 6, 7, 8}, // unknown protocol version
                    {2, 0, 1, 0x01, 1, 2, 3, 4, 5, 6, 7, 8}, // PUSH_ACK is never sent by a gateway
                    {},                                      // empty
            };
            for (byte[] b : bad) {
                socket.send(new DatagramPacket(b, b.length, target));
            }
            byte[] good = pullData(7, 0x1122334455667788L);
            socket.send(new DatagramPacket(good, good.length, target));
        }
        assertEquals(pulls + 1, TestServer.awaitMetric("gs_udp_datagrams_total", "type=\"pull_data\"", pulls + 1));
        assertEquals(truncated + 3, TestServer.awaitMetric("gs_udp_dropped_total", "reason=\"truncated\"", truncated + 3));
        assertEquals(badVersion + 1, TestServer.metric("gs_udp_dropped_total", "reason=\"bad_version\""));
        assertEquals(badId + 1, TestServer.metric("gs_udp_dropped_total", "reason=\"bad_identifier\""));
    }
}
