package io.longwave.cli.sim;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * The server side of a Basics Station, just enough for the simulated station: plain websockets (RFC 6455)
 * on a loopback socket, {@code /router-info} answered by {@code discovery}, {@code /traffic/...} with
 * {@code router_config} after {@code version}, every traffic message kept, and {@link #send} to the station.
 */
final class FakeLns implements AutoCloseable {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    final BlockingQueue<String> traffic = new LinkedBlockingQueue<>();
    final BlockingQueue<String> discoveryRequests = new LinkedBlockingQueue<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final Function<String, String> discovery;
    private volatile OutputStream trafficOut;

    /** @param discovery the reply to a discovery request, given this server's traffic base ({@code ws://host:port}) */
    FakeLns(Function<String, String> discovery) throws IOException {
        this.server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.discovery = discovery;
        Thread t = new Thread(this::acceptLoop, "fake-lns");
        t.setDaemon(true);
        t.start();
    }

    String base() {
        return "ws://127.0.0.1:" + server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s), "fake-lns-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            DataInputStream in = new DataInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            String path = null;
            String key = null;
            String line;
            while (!(line = readLine(in)).isEmpty()) {
                if (path == null) {
                    path = line.split(" ")[1];
                } else if (line.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
                    key = line.substring(18).trim();
                } else if (line.toLowerCase(Locale.ROOT).startsWith("authorization:")) {
                    authorizations.add(line.substring(14).trim());
                }
            }
            String accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + GUID).getBytes(StandardCharsets.US_ASCII)));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (path.equals("/router-info")) {
                discoveryRequests.add(readText(in));
                write(out, discovery.apply(base()));
                return;
            }
            trafficOut = out;
            String text;
            while ((text = readText(in)) != null) {
                traffic.add(text);
                if (text.contains("\"msgtype\":\"version\"")) {
                    send("{\"msgtype\":\"router_config\",\"region\":\"EU863\",\"hwspec\":\"sx1301/1\",\"MuxTime\":1700000000.5}");
                }
            }
        } catch (Exception e) {
            // the client went away
        }
    }

    /** A text message to the connected station. */
    void send(String text) throws IOException {
        write(trafficOut, text);
    }

    /** Closes the traffic connection from the server's side (a close frame, 1001). */
    void closeTraffic() throws IOException {
        synchronized (this) {
            trafficOut.write(new byte[] {(byte) 0x88, 2, 0x03, (byte) 0xE9});
            trafficOut.flush();
        }
    }

    private synchronized void write(OutputStream out, String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(payload.length);
        } else {
            frame.write(126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length);
        }
        frame.write(payload);
        out.write(frame.toByteArray());
        out.flush();
    }

    /** The next text message of the client (masked frames); null at a close frame or the end. */
    private static String readText(DataInputStream in) throws IOException {
        while (true) {
            int b0 = in.read();
            if (b0 < 0) {
                return null;
            }
            int b1 = in.readUnsignedByte();
            long len = b1 & 0x7F;
            if (len == 126) {
                len = in.readUnsignedShort();
            } else if (len == 127) {
                len = in.readLong();
            }
            byte[] mask = new byte[4];
            if ((b1 & 0x80) != 0) {
                in.readFully(mask);
            }
            byte[] payload = new byte[(int) len];
            in.readFully(payload);
            for (int i = 0; i < payload.length; i++) {
                payload[i] ^= mask[i % 4];
            }
            int opcode = b0 & 0x0F;
            if (opcode == 8) {
                return null;
            }
            if (opcode == 1) {
                return new String(payload, StandardCharsets.UTF_8);
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
