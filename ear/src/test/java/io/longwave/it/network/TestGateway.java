package io.longwave.it.network;

import io.longwave.it.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A Semtech UDP packet forwarder as the server sees one: PULL_DATA, PUSH_DATA with rxpk, TX_ACK for
 * each PULL_RESP. Everything the server sends back lands in {@link #received}.
 */
public final class TestGateway implements AutoCloseable {

    record Received(int type, int token, byte[] body) {
        JsonObject json() {
            try (JsonReader r = Json.createReader(new ByteArrayInputStream(body))) {
                return r.readObject();
            }
        }
    }

    public final String eui;
    private final long euiValue;
    private final DatagramSocket socket;
    private final InetSocketAddress server;
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    final BlockingQueue<Received> pullResps = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile boolean autoTxAck = true;
    private volatile String txAckError = "NONE";

    TestGateway(String eui) throws IOException {
        this.eui = eui.toUpperCase();
        this.euiValue = Long.parseUnsignedLong(eui, 16);
        this.socket = new DatagramSocket();
        this.socket.setSoTimeout(200);
        this.server = new InetSocketAddress("127.0.0.1", TestServer.port("LW_UDP_PORT"));
        this.reader = new Thread(this::read, "test-gateway-" + eui);
        this.reader.setDaemon(true);
        this.reader.start();
    }

    void txAckError(String error) {
        this.txAckError = error;
    }

    void autoTxAck(boolean on) {
        this.autoTxAck = on;
    }

    private void read() {
        byte[] buf = new byte[65_535];
        while (!socket.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                socket.receive(p);
                byte[] d = Arrays.copyOf(p.getData(), p.getLength());
                Received r = new Received(d[3] & 0xFF, (d[1] & 0xFF) << 8 | (d[2] & 0xFF), Arrays.copyOfRange(d, 4, d.length));
                if (r.type() == 0x03) {
                    pullResps.add(r);
                    if (autoTxAck) {
                        send(0x05, r.token(), ("{\"txpk_ack\":{\"error\":\"" + txAckError + "\"}}").getBytes(StandardCharsets.UTF_8));
                    }
                } else {
                    received.add(r);
                }
            } catch (SocketTimeoutException e) {
                // poll again
            } catch (IOException e) {
                return;
            }
        }
    }

    int send(int type, int token, byte[] body) throws IOException {
        byte[] b = new byte[12 + body.length];
        b[0] = 2;
        b[1] = (byte) (token >> 8);
        b[2] = (byte) token;
        b[3] = (byte) type;
        for (int i = 0; i < 8; i++) {
            b[4 + i] = (byte) (euiValue >>> (56 - 8 * i));
        }
        System.arraycopy(body, 0, b, 12, body.length);
        socket.send(new DatagramPacket(b, b.length, server));
        return token;
    }

    int pullData() throws IOException {
        return send(0x02, ThreadLocalRandom.current().nextInt(0x10000), new byte[0]);
    }

    int pushData(String json) throws IOException {
        return send(0x00, ThreadLocalRandom.current().nextInt(0x10000), json.getBytes(StandardCharsets.UTF_8));
    }

    /** A PUSH_DATA of one LoRa frame at 868.1 MHz. */
    public int uplink(byte[] phy, long tmst, double snr, double rssi, String datr) throws IOException {
        return uplink(phy, tmst, snr, rssi, datr, "868.1");
    }

    /** A PUSH_DATA of one LoRa frame at {@code freqMhz} (as the rxpk writes it). */
    int uplink(byte[] phy, long tmst, double snr, double rssi, String datr, String freqMhz) throws IOException {
        return pushData("{\"rxpk\":[{\"tmst\":" + tmst + ",\"chan\":0,\"rfch\":0,\"freq\":" + freqMhz + ",\"stat\":1,\"modu\":\"LORA\","
                + "\"datr\":\"" + datr + "\",\"codr\":\"4/5\",\"rssi\":" + rssi + ",\"lsnr\":" + snr + ",\"size\":" + phy.length
                + ",\"data\":\"" + Base64.getEncoder().encodeToString(phy) + "\"}]}");
    }

    /** Waits for an answer of a type (PUSH_ACK 1, PULL_ACK 4) with a token. */
    public boolean awaitAck(int type, int token, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            Received r = received.poll(50, TimeUnit.MILLISECONDS);
            if (r != null && r.type() == type && r.token() == token) {
                return true;
            }
        }
        return false;
    }

    public JsonObject awaitTxpk(long millis) throws InterruptedException {
        return awaitTxpk(millis, tmst -> true);
    }

    /** The next PULL_RESP whose {@code tmst} passes {@code filter} (immediate ones count as -1); others are skipped. */
    public JsonObject awaitTxpk(long millis, java.util.function.LongPredicate filter) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            Received r = pullResps.poll(50, TimeUnit.MILLISECONDS);
            if (r != null) {
                JsonObject txpk = r.json().getJsonObject("txpk");
                if (filter.test(txpk.containsKey("tmst") ? txpk.getJsonNumber("tmst").longValue() : -1)) {
                    return txpk;
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        socket.close();
    }
}
