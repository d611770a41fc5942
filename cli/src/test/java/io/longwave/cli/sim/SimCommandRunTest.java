package io.longwave.cli.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.cli.LongwaveCli;
import io.longwave.cli.api.Jsons;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code lw cli sim} end to end against a loopback socket that acknowledges PUSH_DATA and PULL_DATA. */
class SimCommandRunTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = new CommandLine(new LongwaveCli());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Acknowledges everything, except (when {@code dropPushAcks}) PUSH_DATA. */
    private static Thread acker(DatagramSocket socket, boolean dropPushAcks) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[65536];
            while (!socket.isClosed()) {
                try {
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    socket.receive(p);
                    SemtechPacket in = SemtechPacket.decode(buf, p.getLength());
                    int type = in.type() == SemtechPacket.PULL_DATA ? SemtechPacket.PULL_ACK : SemtechPacket.PUSH_ACK;
                    if (type == SemtechPacket.PUSH_ACK && dropPushAcks) {
                        continue;
                    }
                    byte[] ack = new SemtechPacket(2, in.token(), type, 0, null).encode();
                    socket.send(new DatagramPacket(ack, ack.length, p.getSocketAddress()));
                } catch (Exception e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    @ParameterizedTest(name = "drop PUSH_ACK={0}, fail-on-loss={1}: exit {2}")
    @CsvSource({"false, true, 0", "true, false, 0", "true, true, 3"})
    void runsAndReports(boolean dropPushAcks, boolean failOnLoss, int exit) throws Exception {
        try (DatagramSocket server = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            acker(server, dropPushAcks);
            Run r = run(failOnLoss
                    ? new String[] {"sim", "--udp", "127.0.0.1:" + server.getLocalPort(), "--no-provision", "--no-events",
                    "--gateways", "3", "--devices", "20", "--rate", "200", "--duration", "1", "--ack-timeout-ms", "200",
                    "--json", "--fail-on-loss"}
                    : new String[] {"sim", "--udp", "127.0.0.1:" + server.getLocalPort(), "--no-provision", "--no-events",
                    "--gateways", "3", "--devices", "20", "--rate", "200", "--duration", "1", "--ack-timeout-ms", "200",
                    "--json"});
            assertEquals(exit, r.exit(), r.err());
            JsonObject report = Jsons.parseObject(r.out());
            long sent = report.getJsonNumber("uplinks_sent").longValue();
            assertTrue(sent >= 150 && sent <= 210, "uplinks sent " + sent);
            JsonObject losses = report.getJsonObject("losses");
            assertEquals(0, losses.getInt("missing_pull_ack"));
            assertEquals(dropPushAcks ? 3 * sent : 0, losses.getJsonNumber("missing_push_ack").longValue());
            assertEquals(3 * sent, report.getJsonObject("other").getJsonNumber("push_data").longValue());
            assertEquals(1, report.getJsonObject("data_rates").getInt("DR5") / 20);
        }
    }

    @Test
    void setupFailureExitsOne() {
        assertEquals(SimCommand.EXIT_SETUP, run("sim", "--udp", "nohostport", "--no-provision").exit());
        assertEquals(SimCommand.EXIT_SETUP, run("sim", "--heard-by", "4", "--gateways", "3", "--no-provision").exit());
        assertEquals(SimCommand.EXIT_SETUP, run("sim", "--frequency-plan", "NOPE", "--no-provision").exit());
        assertEquals(SimCommand.EXIT_SETUP, run("sim", "--station-gateways", "4", "--gateways", "3", "--no-provision").exit());
    }

    @Test
    void unreachableStationServerIsASetupFailure() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Run r = run("sim", "--no-provision", "--no-events", "--gateways", "1", "--station-gateways", "1",
                "--station", "ws://127.0.0.1:" + closedPort, "--station-timeout", "1", "--duration", "1");
        assertEquals(SimCommand.EXIT_SETUP, r.exit(), r.err());
        assertTrue(r.err().contains("router-info"), r.err());
    }
}
