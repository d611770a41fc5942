package io.longwave.cli.platform;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lw cli ports free}: ports free for both TCP and UDP on loopback, so test runs never collide. */
@Command(name = "ports", description = "Find free local ports.", subcommands = PortsCommand.Free.class)
public final class PortsCommand {

    @Command(name = "free", description = "Print COUNT ports that are free for TCP and UDP on 127.0.0.1.")
    static final class Free implements Callable<Integer> {
        @Option(names = "--count", defaultValue = "1")
        int count;

        @Override
        public Integer call() throws IOException {
            List<ServerSocket> held = new ArrayList<>();
            List<Integer> ports = new ArrayList<>();
            InetAddress loopback = InetAddress.getByName("127.0.0.1");
            try {
                while (ports.size() < count) {
                    ServerSocket tcp = new ServerSocket(0, 1, loopback);
                    held.add(tcp); // hold it so the next pick differs
                    try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, tcp.getLocalPort()))) {
                        ports.add(tcp.getLocalPort());
                    } catch (IOException busyForUdp) {
                        // taken for UDP: pick another
                    }
                }
            } finally {
                for (ServerSocket s : held) {
                    s.close();
                }
            }
            System.out.println(String.join(" ", ports.stream().map(String::valueOf).toList()));
            return 0;
        }
    }
}
