package io.longwave.it.registration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Just enough of an SMTP server (RFC 5321, no TLS, no AUTH) to receive what the server under test sends:
 * each message's DATA is queued as text for the test to inspect.
 */
final class FakeSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    FakeSmtpServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "fake-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The next message's DATA (headers and body), waiting up to 15 s. */
    String next() throws InterruptedException {
        String m = received.poll(15, TimeUnit.SECONDS);
        if (m == null) {
            throw new AssertionError("no message reached the SMTP server within 15 s");
        }
        return m;
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                s.setSoTimeout(10_000);
                converse(s);
            } catch (IOException e) {
                // closed, or a client gave up: wait for the next one
            }
        }
    }

    private void converse(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = s.getOutputStream();
        reply(out, "220 fake-smtp ready");
        String line;
        while ((line = in.readLine()) != null) {
            String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (verb) {
                case "EHLO", "HELO" -> reply(out, "250 fake-smtp");
                case "DATA" -> {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    StringBuilder data = new StringBuilder();
                    String d;
                    while ((d = in.readLine()) != null && !d.equals(".")) {
                        data.append(d.startsWith("..") ? d.substring(1) : d).append("\n");
                    }
                    received.add(data.toString());
                    reply(out, "250 queued");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 ok");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
