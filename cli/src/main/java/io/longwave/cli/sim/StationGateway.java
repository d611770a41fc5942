package io.longwave.cli.sim;

import io.longwave.cli.api.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

/**
 * One simulated LoRa Basics Station: discovery on {@code /router-info}, then its traffic websocket with
 * {@code version} answered by {@code router_config}; it reports frames as {@code updf}/{@code jreq} with
 * its xtime, judges each {@code dnmsg} as the station's TX queue would, hands the downlink to the
 * device and reports {@code dntxed} at the transmission time. Like the real station it sends its API
 * key only over TLS.
 */
public final class StationGateway implements GatewayLink {

    /** How a station finds the server and proves who it is. */
    public record Connection(HttpClient client, URI server, Optional<String> apiKey, Duration timeout) {
    }

    private static final long RETRY_MILLIS = 300;
    /** Messages that may wait for the websocket before a send counts as failed (a server that stopped reading). */
    private static final int MAX_QUEUED = 10_000;

    private final int index;
    private final long eui;
    private final StationClock clock;
    private final DownlinkRouter router;
    private final SimCounters counters;
    private final ProtocolCounters mine;
    private final LongFunction<SimDevice> byDevEui;
    private final ScheduledExecutorService timers;
    private final CompletableFuture<Void> configured = new CompletableFuture<>();
    private final Object sending = new Object();
    private final AtomicInteger queued = new AtomicInteger();
    private CompletableFuture<WebSocket> lastSend;   // guarded by sending
    private final StringBuilder partial = new StringBuilder();   // the listener's thread only
    private final URI traffic;
    private final WebSocket socket;
    private volatile double muxTime;
    private volatile long muxTimeAtNanos;
    private volatile boolean closed;
    private volatile boolean disconnected;

    private StationGateway(int index, long eui, StationClock clock, DownlinkRouter router, SimCounters counters,
                           LongFunction<SimDevice> byDevEui, ScheduledExecutorService timers, Connection c)
            throws IOException {
        this.index = index;
        this.eui = eui;
        this.clock = clock;
        this.router = router;
        this.counters = counters;
        this.mine = counters.of(Protocol.BASIC_STATION);
        this.byDevEui = byDevEui;
        this.timers = timers;
        this.traffic = discover(eui, c);
        this.socket = await(builder(c, traffic).buildAsync(traffic, new Listener()), c.timeout(),
                "connecting to " + traffic);
        this.lastSend = CompletableFuture.completedFuture(socket);
    }

    /**
     * Discovers the traffic endpoint, connects and waits for {@code router_config}. Discovery is retried
     * until the timeout: a gateway created a moment ago reaches the server's directory a little later.
     */
    public static StationGateway connect(int index, long eui, StationClock clock, DownlinkRouter router,
                                         SimCounters counters, LongFunction<SimDevice> byDevEui,
                                         ScheduledExecutorService timers, Connection c) throws IOException {
        StationGateway g = new StationGateway(index, eui, clock, router, counters, byDevEui, timers, c);
        try {
            g.send(StationMessages.version());
            await(g.configured, c.timeout(), "waiting for router_config");
        } catch (IOException e) {
            g.close();
            throw e;
        }
        return g;
    }

    private static WebSocket.Builder builder(Connection c, URI uri) {
        WebSocket.Builder b = c.client().newWebSocketBuilder().connectTimeout(c.timeout());
        if ("wss".equalsIgnoreCase(uri.getScheme())) {
            c.apiKey().ifPresent(key -> b.header("Authorization", "Bearer " + key));
        }
        return b;
    }

    private static URI discover(long eui, Connection c) throws IOException {
        URI routerInfo = c.server().resolve("/router-info");
        long deadline = System.nanoTime() + c.timeout().toNanos();
        String refusal;
        do {
            CompletableFuture<String> reply = new CompletableFuture<>();
            WebSocket ws = await(builder(c, routerInfo).buildAsync(routerInfo, new WebSocket.Listener() {
                private final StringBuilder text = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket s, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                        reply.complete(text.toString());
                    }
                    s.request(1);
                    return null;
                }

                @Override
                public CompletionStage<?> onClose(WebSocket s, int status, String reason) {
                    reply.completeExceptionally(new IOException("closed (" + status + " " + reason + ") without a reply"));
                    return null;
                }

                @Override
                public void onError(WebSocket s, Throwable error) {
                    reply.completeExceptionally(error);
                }
            }), c.timeout(), "connecting to " + routerInfo);
            try {
                await(ws.sendText(StationMessages.routerInfo(eui), true), c.timeout(), "asking " + routerInfo);
                JsonObject answer = Jsons.parseObject(await(reply, c.timeout(), "waiting for " + routerInfo));
                if (answer.get("uri") instanceof jakarta.json.JsonString uri) {
                    return URI.create(uri.getString());
                }
                refusal = answer.getString("error", "no uri in " + answer);
            } catch (JsonException | ClassCastException e) {
                throw new IOException(routerInfo + " answered no JSON object", e);
            } finally {
                ws.abort();
            }
            sleep(RETRY_MILLIS);
        } while (System.nanoTime() < deadline);
        throw new IOException("discovery of " + DeviceIdentity.hex(eui) + " refused: " + refusal);
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket s, CharSequence data, boolean last) {
            long now = clock.now();   // the arrival, before any parsing
            long wallMicros = System.currentTimeMillis() * 1_000;
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                handle(text, now, wallMicros);
            }
            s.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket s, int status, String reason) {
            disconnected("closed " + status + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket s, Throwable error) {
            disconnected("error " + error);
        }
    }

    private void disconnected(String why) {
        disconnected = true;
        if (!closed) {
            counters.stationDisconnects.increment();
            System.err.println("sim: station " + traffic + " disconnected: " + why);
        }
        configured.completeExceptionally(new IOException("the server closed the traffic connection"));
    }

    void handle(String text, long nowXtime, long wallMicros) {
        JsonObject m;
        try {
            m = Jsons.parseObject(text);
        } catch (JsonException | ClassCastException e) {
            counters.stationBadMessages.increment();
            return;
        }
        if (m.get("MuxTime") instanceof JsonNumber t) {
            muxTime = t.doubleValue();
            muxTimeAtNanos = System.nanoTime();
        }
        switch (m.getString("msgtype", "")) {
            case "router_config" -> configured.complete(null);
            case "dnmsg" -> {
                if (m.get("MuxTime") instanceof JsonNumber t) {
                    mine.transitMicros.add(wallMicros - Math.round(t.doubleValue() * 1e6));
                }
                dnmsg(m, nowXtime);
            }
            case "timesync" -> { }
            default -> counters.stationBadMessages.increment();
        }
    }

    private void dnmsg(JsonObject m, long nowXtime) {
        counters.dnmsgs.increment();
        Dnmsg d;
        try {
            d = Dnmsg.parse(m);
        } catch (IllegalArgumentException | JsonException e) {
            counters.stationBadMessages.increment();
            return;
        }
        Optional<StationTransmission> scheduled = StationTransmission.schedule(d, nowXtime);
        if (scheduled.isEmpty()) {
            counters.tooLate.increment();
            mine.tooLate.increment();
            return;
        }
        StationTransmission tx = scheduled.get();
        if (tx.window() == ReceivedDownlink.Window.RX2 && d.rx1Freq() != 0) {
            mine.rx1Missed.increment();
        }
        if (d.devEui() != 0) {
            long delay = Math.max(0, StationClock.diff(tx.xtime(), nowXtime));
            timers.schedule(() -> dntxed(d, tx), delay, TimeUnit.MICROSECONDS);
        }
        byte[] pdu = d.pdu();
        boolean joinAccept = pdu.length > 0 && (pdu[0] & 0xFF) >>> 5 == 1;
        router.downlink(this, new ReceivedDownlink(pdu, tx.window(), tx.xtime(), tx.leadMicros(),
                joinAccept ? Optional.ofNullable(byDevEui.apply(d.devEui())) : Optional.empty()));
    }

    private void dntxed(Dnmsg d, StationTransmission tx) {
        try {
            send(StationMessages.dntxed(d, tx, System.currentTimeMillis() / 1000.0));
            counters.dntxed.increment();
        } catch (IOException e) {
            mine.sendFailures.increment();
        }
    }

    // GatewayLink

    @Override
    public int index() {
        return index;
    }

    @Override
    public long eui() {
        return eui;
    }

    @Override
    public Protocol protocol() {
        return Protocol.BASIC_STATION;
    }

    @Override
    public void start() {
        // connected and configured by connect()
    }

    @Override
    public boolean ready() {
        return configured.isDone() && !configured.isCompletedExceptionally() && !disconnected;
    }

    public StationClock clock() {
        return clock;
    }

    /** The station's RefTime: the last MuxTime plus the time since it came; 0 before any. */
    double refTime() {
        double mux = muxTime;
        return mux == 0 ? 0 : mux + (System.nanoTime() - muxTimeAtNanos) / 1e9;
    }

    @Override
    public long receive(Uplink up, String utcTime, int rssi, double snr) throws IOException {
        long xtime = clock.now();
        send(Jsons.compact(StationMessages.uplink(up.phy(), refTime(), up.dataRate(), up.frequencyHz(), xtime, rssi, snr,
                System.currentTimeMillis() / 1000.0)));
        mine.uplinks.increment();
        return xtime;
    }

    /**
     * Queues a message without waiting for it to leave, so that a slow write never holds up the copies of
     * the same uplink to the other gateways (a copy later than the server's dedup window is a copy lost).
     * Each send starts when the one before it completed: the JDK websocket refuses overlapping sends.
     */
    private void send(String text) throws IOException {
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            throw new IOException(MAX_QUEUED + " messages already waiting to go to " + traffic);
        }
        long at = System.nanoTime();
        synchronized (sending) {
            lastSend = lastSend.exceptionally(error -> socket)
                    .thenCompose(ws -> ws.sendText(text, true))
                    .whenComplete((ws, error) -> {
                        queued.decrementAndGet();
                        if (error != null) {
                            mine.sendFailures.increment();
                        } else {
                            mine.sendDelayMicros.add((System.nanoTime() - at) / 1_000);
                        }
                    });
        }
    }

    @Override
    public void expectJoinAccept(long timestamp, SimDevice device) {
        // a dnmsg names its device (DevEui): nothing to remember
    }

    @Override
    public void forgetJoinWindows(SimDevice device) {
        // as above
    }

    @Override
    public void keepAlive() {
        // the server pings a quiet station; the JDK client answers with pongs by itself
    }

    @Override
    public void stat() {
        // Basics Station has no status report
    }

    @Override
    public void sweep(long nowNanos, boolean all) {
        // nothing is acknowledged on the traffic socket
    }

    @Override
    public String describe() {
        return DeviceIdentity.hex(eui) + " (basicstation " + traffic + ")";
    }

    @Override
    public void close() {
        closed = true;
        try {
            CompletableFuture<WebSocket> last;
            synchronized (sending) {
                last = lastSend;
            }
            last.exceptionally(error -> socket).get(2, TimeUnit.SECONDS);   // what is queued goes out first
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // gone already
        }
        socket.abort();
    }

    private static <T> T await(CompletionStage<T> stage, Duration timeout, String what) throws IOException {
        try {
            return stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted " + what, e);
        } catch (ExecutionException e) {
            throw new IOException(what + ": " + io.longwave.cli.api.HttpTransport.reason(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException(what + ": no answer within " + timeout.toSeconds() + " s", e);
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
