package io.longwave.it.station;

import io.longwave.it.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A LoRa Basics Station as the server sees one on {@code /traffic/<EUI>}: it says {@code version},
 * splits frames into the fields the station sends ({@code MIC} and {@code DevAddr} as signed 32-bit
 * integers, {@code xtime} as a 63-bit integer), keeps {@code MuxTime} for its {@code RefTime}, and
 * collects what the server sends.
 */
final class TestStation implements AutoCloseable {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    volatile String closeReason;
    final java.util.concurrent.atomic.AtomicInteger pings = new java.util.concurrent.atomic.AtomicInteger();
    private final WebSocket ws;
    private volatile double muxTime;
    private volatile long muxTimeAtNanos;

    private TestStation(WebSocket.Builder builder, URI uri) throws Exception {
        StringBuilder text = new StringBuilder();
        ws = builder.buildAsync(uri, new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket s, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    JsonObject m = json(text.toString());
                    text.setLength(0);
                    if (m.get("MuxTime") instanceof jakarta.json.JsonNumber n) {
                        muxTime = n.doubleValue();
                        muxTimeAtNanos = System.nanoTime();
                    }
                    received.add(m);
                }
                s.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onPing(WebSocket s, java.nio.ByteBuffer message) {
                pings.incrementAndGet();
                s.request(1);
                return null; // the client answers with a pong by itself
            }

            @Override
            public CompletionStage<?> onClose(WebSocket s, int status, String reason) {
                closeReason = reason;
                closeCode.complete(status);
                return null;
            }

            @Override
            public void onError(WebSocket s, Throwable error) {
                closeCode.complete(-1);
            }
        }).get(30, TimeUnit.SECONDS);
    }

    static TestStation connect(String uri, String authorization) throws Exception {
        return connect(uri.startsWith("wss") ? TestServer.client() : HttpClient.newHttpClient(), uri, authorization);
    }

    static TestStation connect(HttpClient client, String uri, String authorization) throws Exception {
        WebSocket.Builder b = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return new TestStation(b, URI.create(uri));
    }

    static String uri(boolean secure, String eui) {
        return (secure ? "wss" : "ws") + "://localhost:" + TestServer.port(secure ? "LW_STATION_WSS_PORT" : "LW_STATION_WS_PORT")
                + "/traffic/" + eui;
    }

    static JsonObject json(String text) {
        try (JsonReader r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    void send(String text) throws Exception {
        ws.sendText(text, true).get(20, TimeUnit.SECONDS);
    }

    /** Says version and returns the router_config. */
    JsonObject version() throws Exception {
        send("{\"msgtype\":\"version\",\"station\":\"2.0.6(linux/std)\",\"firmware\":null,\"package\":null,"
                + "\"model\":\"linux\",\"protocol\":2,\"features\":\"rmtsh\"}");
        return await(m -> "router_config".equals(m.getString("msgtype", "")), 20_000);
    }

    /** The next message of the server matching {@code filter}, skipping others; null when none comes in time. */
    JsonObject await(Predicate<JsonObject> filter, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            JsonObject m = received.poll(50, TimeUnit.MILLISECONDS);
            if (m != null && filter.test(m)) {
                return m;
            }
        }
        return null;
    }

    JsonObject awaitDnmsg(long millis, Predicate<JsonObject> filter) throws InterruptedException {
        return await(m -> "dnmsg".equals(m.getString("msgtype", "")) && filter.test(m), millis);
    }

    /** The station's RefTime: the last MuxTime plus the time since it came. */
    double refTime() {
        return muxTime == 0 ? 0 : muxTime + (System.nanoTime() - muxTimeAtNanos) / 1e9;
    }

    private String upinfo(int dr, long freq, long xtime, double snr) {
        return ",\"RefTime\":" + refTime() + ",\"DR\":" + dr + ",\"Freq\":" + freq + ",\"upinfo\":{\"rctx\":0,\"xtime\":" + xtime
                + ",\"gpstime\":0,\"fts\":-1,\"rssi\":-70,\"snr\":" + snr + ",\"rxtime\":" + System.currentTimeMillis() / 1000.0 + "}}";
    }

    /** A frame split as the station splits it: jreq for a join-request, updf for a data frame, propdf otherwise. */
    void uplink(byte[] phy, long xtime, int dr, long freq, double snr) throws Exception {
        send(uplinkMessage(phy) + upinfo(dr, freq, xtime, snr));
    }

    static String uplinkMessage(byte[] phy) {
        int mtype = (phy[0] & 0xFF) >> 5;
        if (mtype == 0 && phy.length == 23) {
            return "{\"msgtype\":\"jreq\",\"MHdr\":" + (phy[0] & 0xFF) + ",\"JoinEui\":\"" + eui(phy, 1) + "\",\"DevEui\":\""
                    + eui(phy, 9) + "\",\"DevNonce\":" + (int) le(phy, 17, 2) + ",\"MIC\":" + (int) le(phy, 19, 4);
        }
        if (mtype == 2 || mtype == 4) {
            int fOptsLen = phy[5] & 0x0F;
            int afterFOpts = 8 + fOptsLen;
            boolean hasPort = phy.length - 4 > afterFOpts;
            return "{\"msgtype\":\"updf\",\"MHdr\":" + (phy[0] & 0xFF) + ",\"DevAddr\":" + (int) le(phy, 1, 4)
                    + ",\"FCtrl\":" + (phy[5] & 0xFF) + ",\"FCnt\":" + le(phy, 6, 2)
                    + ",\"FOpts\":\"" + HEX.formatHex(phy, 8, afterFOpts) + "\""
                    + ",\"FPort\":" + (hasPort ? phy[afterFOpts] & 0xFF : -1)
                    + ",\"FRMPayload\":\"" + (hasPort ? HEX.formatHex(phy, afterFOpts + 1, phy.length - 4) : "") + "\""
                    + ",\"MIC\":" + (int) le(phy, phy.length - 4, 4);
        }
        return "{\"msgtype\":\"propdf\",\"FRMPayload\":\"" + HEX.formatHex(phy) + "\"";
    }

    /** What the station reports after sending a dnmsg. */
    void dntxed(JsonObject dnmsg) throws Exception {
        send("{\"msgtype\":\"dntxed\",\"seqno\":" + dnmsg.get("diid") + ",\"diid\":" + dnmsg.get("diid") + ",\"DR\":"
                + dnmsg.getInt("RX1DR", dnmsg.getInt("RX2DR", 0)) + ",\"Freq\":868100000,\"DevEui\":\"" + dnmsg.getString("DevEui")
                + "\",\"rctx\":0,\"xtime\":" + dnmsg.getJsonNumber("xtime") + ",\"txtime\":1.0,\"gpstime\":0}");
    }

    static byte[] pdu(JsonObject dnmsg) {
        return HexFormat.of().parseHex(dnmsg.getString("pdu"));
    }

    private static long le(byte[] b, int off, int len) {
        long v = 0;
        for (int i = len - 1; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xFF);
        }
        return v;
    }

    private static String eui(byte[] b, int off) {
        StringBuilder s = new StringBuilder();
        for (int i = 7; i >= 0; i--) {
            s.append(String.format("%02X", b[off + i] & 0xFF));
            if (i > 0) {
                s.append('-');
            }
        }
        return s.toString();
    }

    int awaitClose(long millis) throws Exception {
        return closeCode.get(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(t -> null);
        ws.abort();
    }
}
