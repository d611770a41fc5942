package io.longwave.cli.sim;

import io.longwave.cli.api.ApiClient;
import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ConnectionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * One run: gateways and devices, joins, then uplinks paced by nanoTime from one scheduler thread, the
 * downlinks routed back to the devices, the event stream matched to the uplinks, and the report.
 */
public final class LoadRunner implements DownlinkRouter, AutoCloseable {

    private static final long NANOS = 1_000_000_000L;
    private static final long WINDOW_TOLERANCE_MICROS = 20_000;

    private final SimConfig config;
    private final Optional<ApiClient> api;
    private final PrintWriter log;
    private final SimCounters counters = new SimCounters();
    private final UplinkTracker tracker = new UplinkTracker();
    private final List<GatewayLink> gateways = new ArrayList<>();
    private final List<SimDevice> devices = new ArrayList<>();
    private final Map<String, Integer> deviceIndex = new HashMap<>();
    private final Map<Integer, SimDevice> byDevAddr = new ConcurrentHashMap<>();
    private final Map<Long, SimDevice> byDevEui = new HashMap<>();
    private final AtomicLongArray[] lastUplinkTmst;
    private final ScheduledExecutorService timers;
    private final ExecutorService pushes;
    private EventStream events;

    public LoadRunner(SimConfig config, List<DeviceIdentity> identities, RadioPlan plan, Optional<ApiClient> api,
                      PrintWriter log) throws SocketException {
        this.config = config;
        this.api = api;
        this.log = log;
        int nonceBase = (int) (Instant.now().getEpochSecond() & 0xFFFF);
        for (DeviceIdentity id : identities) {
            SimDevice d = new SimDevice(id, config.version(), config.otaa(), plan, config.snr(),
                    nonceBase + id.index() * 7);
            if (config.dataRate() >= 0) {
                d.dataRate(config.dataRate());
            }
            if (!config.otaa()) {
                d.fCntUp(config.fCntStart());
            }
            devices.add(d);
            deviceIndex.put(id.deviceId(), id.index());
            byDevEui.put(id.devEui(), d);
            d.session().ifPresent(s -> byDevAddr.put(s.devAddr(), d));
        }
        this.lastUplinkTmst = new AtomicLongArray[config.gateways()];
        InetSocketAddress server = new InetSocketAddress(config.udpHost(), config.udpPort());
        long start = System.nanoTime();
        for (int i = 0; i < config.gateways(); i++) {
            lastUplinkTmst[i] = new AtomicLongArray(identities.size());
        }
        for (int i = 0; i < config.gateways() - config.stationGateways(); i++) {
            // Deterministic, different start offsets: some gateways cross the 32-bit wrap during a run.
            long offset = Tmst.of((long) i * 0x9E37_79B9L);
            gateways.add(new SimGateway(i, DeviceIdentity.gatewayEui(config.prefix(), i), server,
                    new GatewayClock(start, offset), this, counters, config.ackTimeoutMillis()));
        }
        this.timers = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "sim-timers"));
        this.pushes = Executors.newSingleThreadExecutor(r -> daemon(r, "sim-downlink-push"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    public SimCounters counters() {
        return counters;
    }

    /**
     * Connects the Basics Station gateways, the last {@code --station-gateways} of them, in parallel:
     * discovery, traffic socket, router_config.
     *
     * @param keys the API key of each station gateway by index, where there is one
     */
    public void connectStations(StationGateway.Connection connection, Map<Integer, String> keys) throws IOException {
        int first = config.gateways() - config.stationGateways();
        long seed = System.currentTimeMillis() / 1000;
        long start = System.nanoTime();
        List<CompletableFuture<StationGateway>> pending = new ArrayList<>();
        ExecutorService connecting = Executors.newFixedThreadPool(Math.min(8, Math.max(1, config.stationGateways())),
                r -> daemon(r, "sim-station-connect"));
        try {
            for (int i = first; i < config.gateways(); i++) {
                int index = i;
                StationClock clock = new StationClock(StationClock.sessionFor(seed + index * 31L), start,
                        (index * 0x9E37_79B9L) & StationClock.MICROS_MASK);
                StationGateway.Connection c = new StationGateway.Connection(connection.client(), connection.server(),
                        Optional.ofNullable(keys.get(index)), connection.timeout());
                pending.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return StationGateway.connect(index, DeviceIdentity.gatewayEui(config.prefix(), index), clock,
                                this, counters, byDevEui::get, timers, c);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, connecting));
            }
            IOException failure = null;
            for (CompletableFuture<StationGateway> f : pending) {
                try {
                    // also after a failure, so that close() closes the stations that did connect
                    gateways.add(f.join());
                } catch (CompletionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof UncheckedIOException u ? u.getCause()
                                : new IOException(String.valueOf(e.getCause()), e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            connecting.shutdownNow();
        }
        if (config.stationGateways() > 0) {
            log.printf("connected %d Basics Station gateways to %s%n", config.stationGateways(), connection.server());
            log.flush();
        }
    }

    public List<GatewayLink> gateways() {
        return gateways;
    }

    public List<SimDevice> devices() {
        return devices;
    }

    /** Opens the event stream when an API client is there and events are wanted. */
    public void openEvents() throws ApiException, ConnectionException {
        if (config.events() && api.isPresent()) {
            events = EventStream.open(api.get(), config.application(), this::onEvent);
        }
    }

    public SimReport run() throws InterruptedException {
        gateways.forEach(GatewayLink::start);
        long pullMillis = (long) (config.pullIntervalSeconds() * 1000);
        long statMillis = (long) (config.statIntervalSeconds() * 1000);
        timers.scheduleAtFixedRate(() -> gateways.forEach(g -> quietly(g::keepAlive)), 0, pullMillis, TimeUnit.MILLISECONDS);
        timers.scheduleAtFixedRate(() -> gateways.forEach(g -> quietly(g::stat)), statMillis, statMillis,
                TimeUnit.MILLISECONDS);
        timers.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            gateways.forEach(g -> g.sweep(now, false));
        }, 200, 200, TimeUnit.MILLISECONDS);
        waitForPullAcks();
        if (config.otaa()) {
            join();
        }
        long measureNanos = runUplinks();
        drain();
        return report(measureNanos);
    }

    private void waitForPullAcks() throws InterruptedException {
        long deadline = System.nanoTime() + 2 * NANOS;
        while (!gateways.stream().allMatch(GatewayLink::ready) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    // joins

    private void join() throws InterruptedException {
        long interval = (long) (NANOS / Math.max(config.rate(), 20));
        for (int attempt = 0; attempt < config.joinAttempts(); attempt++) {
            List<SimDevice> waiting = devices.stream().filter(d -> !d.hasSession()).toList();
            if (waiting.isEmpty()) {
                break;
            }
            long next = System.nanoTime();
            for (SimDevice d : waiting) {
                pace(next);
                next += interval;
                Uplink join = d.joinRequest();
                counters.joinRequests.increment();
                transmit(d, join, heardBy(d), (g, tmst) -> g.expectJoinAccept(tmst, d));
            }
            long deadline = System.nanoTime() + 7 * NANOS;
            while (System.nanoTime() < deadline && devices.stream().anyMatch(d -> !d.hasSession())) {
                Thread.sleep(50);
            }
        }
        long failed = devices.stream().filter(d -> !d.hasSession()).count();
        counters.joinsFailed.add(failed);
        log.printf("joined %d of %d devices%n", devices.size() - failed, devices.size());
        log.flush();
    }

    // uplinks

    private interface Sent {
        void at(GatewayLink gateway, long timestamp);
    }

    /** Paces uplinks over the joined devices; returns the nanoseconds of the measured part. */
    private long runUplinks() {
        List<SimDevice> active = devices.stream().filter(SimDevice::hasSession).toList();
        if (active.isEmpty()) {
            return 0;
        }
        SplittableRandom random = new SplittableRandom(42);
        long interval = (long) (NANOS / config.rate());
        long start = System.nanoTime();
        long measureFrom = start + (long) (config.warmupSeconds() * NANOS);
        long end = measureFrom + (long) (config.durationSeconds() * NANOS);
        long next = start;
        int cursor = 0;
        int[] sinceDownlink = new int[devices.size()];
        long measured = 0;
        while (true) {
            long now = System.nanoTime();
            if (now >= end) {
                break;
            }
            if (next > now) {
                LockSupport.parkNanos(next - now);
                continue;
            }
            if (now - next > NANOS) {
                counters.behindSchedule.increment();
                next = now;
            }
            next += interval;
            SimDevice d = active.get(cursor);
            cursor = (cursor + 1) % active.size();
            boolean measuring = now >= measureFrom;
            boolean confirmed = config.confirmedFraction() > 0 && random.nextDouble() < config.confirmedFraction();
            int idx = d.identity().index();
            byte[] payload = {(byte) (idx >>> 8), (byte) idx, (byte) random.nextInt(256), (byte) random.nextInt(256)};
            Uplink up = d.dataUplink(confirmed, payload);
            long[] firstSent = {0};
            transmit(d, up, heardBy(d), (g, tmst) -> {
                if (firstSent[0] == 0) {
                    firstSent[0] = System.nanoTime();
                }
            });
            tracker.sent(idx, up.fCnt(), firstSent[0], measuring);
            if (measuring) {
                counters.uplinksSent.increment();
                measured++;
            } else {
                counters.warmupUplinks.increment();
            }
            if (config.downlinkEvery() > 0 && ++sinceDownlink[idx] >= config.downlinkEvery() && api.isPresent()) {
                sinceDownlink[idx] = 0;
                pushDownlink(d, up.fCnt());
            }
        }
        return measured == 0 ? 0 : Math.min(System.nanoTime(), end) - measureFrom;
    }

    private List<GatewayLink> heardBy(SimDevice d) {
        List<GatewayLink> out = new ArrayList<>(config.heardBy());
        for (int j = 0; j < config.heardBy(); j++) {
            out.add(gateways.get((d.identity().index() + j) % gateways.size()));
        }
        return out;
    }

    /** Sends one frame through each gateway that hears it, each with its own timestamp, RSSI and SNR. */
    private void transmit(SimDevice d, Uplink up, List<GatewayLink> hearing, Sent sent) {
        String time = Instant.now().truncatedTo(ChronoUnit.MICROS).toString();
        for (int j = 0; j < hearing.size(); j++) {
            GatewayLink g = hearing.get(j);
            double lsnr = up.snr() - 1.5 * j;
            int rssi = (int) Math.round(-60 - 6 * j - 2 * d.currentTxPowerIndex());
            long timestamp;
            try {
                timestamp = g.receive(up, time, rssi, lsnr);
            } catch (IOException | IllegalArgumentException e) {
                if (g.protocol() == Protocol.UDP) {
                    counters.missingPushAcks.increment();
                }
                counters.of(g.protocol()).sendFailures.increment();
                continue;
            }
            lastUplinkTmst[g.index()].set(d.identity().index(), timestamp);
            sent.at(g, timestamp);
        }
    }

    private void pushDownlink(SimDevice d, long fCnt) {
        ApiClient client = api.get();
        byte[] payload = {(byte) (fCnt >>> 8), (byte) fCnt};
        pushes.execute(() -> {
            try {
                client.call(ProvisionRequests.downlinkPush(config.application(), d.identity().deviceId(), 2, payload,
                        false));
                counters.downlinksPushed.increment();
            } catch (ApiException | ConnectionException e) {
                counters.downlinkPushFailures.increment();
            }
        });
    }

    // downlinks (gateway receive threads)

    @Override
    public void downlink(GatewayLink gateway, ReceivedDownlink downlink) {
        byte[] data = downlink.phy();
        if (data.length < 1) {
            counters.downlinksUnrouted.increment();
            return;
        }
        ProtocolCounters mine = counters.of(gateway.protocol());
        int mType = (data[0] & 0xFF) >>> 5;
        long lead = downlink.leadMicros();
        if (mType == 1) {
            SimDevice d = downlink.joinRequester().orElse(null);
            if (d == null) {
                counters.downlinksUnrouted.increment();
                return;
            }
            counters.joinLeadMicros.add(lead);
            mine.joinLeadMicros.add(lead);
            DownlinkResult result = d.joinAccept(data);
            count(result);
            if (result == DownlinkResult.JOINED) {
                counters.joinAccepts.increment();
                gateways.forEach(g -> g.forgetJoinWindows(d));
                d.session().ifPresent(s -> byDevAddr.put(s.devAddr(), d));
            }
            return;
        }
        if ((mType != 3 && mType != 5) || data.length < 5) {
            counters.downlinksUnrouted.increment();
            return;
        }
        int devAddr = (data[1] & 0xFF) | (data[2] & 0xFF) << 8 | (data[3] & 0xFF) << 16 | (data[4] & 0xFF) << 24;
        SimDevice d = byDevAddr.get(devAddr);
        if (d == null) {
            counters.downlinksUnrouted.increment();
            return;
        }
        ReceivedDownlink.Window window = downlink.window();
        if (window == ReceivedDownlink.Window.SCHEDULED) {
            window = udpWindow(gateway, d, downlink.txTime());
        }
        if (window == ReceivedDownlink.Window.IMMEDIATE) {
            counters.immediateDownlinks.increment();
            mine.immediate.increment();
        } else {
            counters.leadMicros.add(lead);
            mine.leadMicros.add(lead);
            if (window == ReceivedDownlink.Window.RX1) {
                counters.rx1Downlinks.increment();
                mine.rx1.increment();
            } else if (window == ReceivedDownlink.Window.RX2) {
                counters.rx2Downlinks.increment();
                mine.rx2.increment();
            }
        }
        DownlinkResult result = d.dataDownlink(data);
        if (result == DownlinkResult.ACCEPTED) {
            mine.downlinksReceived.increment();
        }
        count(result);
    }

    /** A Semtech txpk names only a time: RX1 or RX2 by its distance from the device's last uplink there. */
    private ReceivedDownlink.Window udpWindow(GatewayLink gateway, SimDevice d, long txTmst) {
        long window = Tmst.diff(txTmst, lastUplinkTmst[gateway.index()].get(d.identity().index()));
        long rx1 = d.rx1DelaySeconds() * 1_000_000L;
        if (Math.abs(window - rx1) <= WINDOW_TOLERANCE_MICROS) {
            return ReceivedDownlink.Window.RX1;
        }
        if (Math.abs(window - rx1 - 1_000_000) <= WINDOW_TOLERANCE_MICROS) {
            return ReceivedDownlink.Window.RX2;
        }
        return ReceivedDownlink.Window.SCHEDULED;
    }

    private void count(DownlinkResult result) {
        switch (result) {
            case ACCEPTED -> counters.downlinksReceived.increment();
            case BAD_MIC -> counters.downlinksBadMic.increment();
            case OLD_COUNTER -> counters.downlinksOldCounter.increment();
            case JOINED -> { }
            default -> counters.downlinksUnrouted.increment();
        }
    }

    // events (event stream thread)

    void onEvent(String json) {
        long now = System.nanoTime();
        SimEvent event;
        try {
            event = SimEvent.parse(json);
        } catch (IllegalArgumentException e) {
            counters.badEvents.increment();
            return;
        }
        counters.events.increment();
        if (SimEvent.JOIN.equals(event.name())) {
            counters.joinEvents.increment();
        }
        if (!SimEvent.UPLINK.equals(event.name()) || event.deviceId().isEmpty() || event.fCnt().isEmpty()) {
            return;
        }
        counters.uplinkEvents.increment();
        Integer idx = deviceIndex.get(event.deviceId().get());
        if (idx == null) {
            counters.unknownUplinkEvents.increment();
            return;
        }
        tracker.event(idx, event.fCnt().getAsLong(), event.rxMetadata(), now);
    }

    // end of run

    private void drain() throws InterruptedException {
        Thread.sleep(Math.min(config.ackTimeoutMillis() + 100, 5_000));
        if (events != null) {
            long deadline = System.nanoTime() + (long) (config.eventTimeoutSeconds() * NANOS);
            while (tracker.unmatched() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        pushes.shutdown();
        pushes.awaitTermination(5, TimeUnit.SECONDS);
        timers.shutdownNow();
        timers.awaitTermination(2, TimeUnit.SECONDS);
        long now = System.nanoTime();
        gateways.forEach(g -> g.sweep(now, true));
    }

    private SimReport report(long measuredNanos) {
        Map<Integer, Integer> rates = new HashMap<>();
        long appDownlinks = 0;
        long macAnswers = 0;
        for (SimDevice d : devices) {
            if (d.hasSession()) {
                rates.merge(d.currentDataRate(), 1, Integer::sum);
            }
            appDownlinks += d.appDownlinks();
            macAnswers += d.macAnswersSent();
        }
        Map<String, Long> other = new HashMap<>();
        other.put("warmup_uplinks", counters.warmupUplinks.sum());
        other.put("push_data", counters.pushData.sum());
        other.put("pull_data", counters.pullData.sum());
        other.put("stat_reports", counters.stats.sum());
        other.put("unexpected_acks", counters.unexpectedAcks.sum());
        other.put("bad_datagrams", counters.badDatagrams.sum());
        other.put("pull_resp", counters.pullResps.sum());
        other.put("immediate_downlinks", counters.immediateDownlinks.sum());
        other.put("downlinks_unrouted", counters.downlinksUnrouted.sum());
        other.put("downlinks_old_counter", counters.downlinksOldCounter.sum());
        other.put("downlink_push_failures", counters.downlinkPushFailures.sum());
        other.put("join_requests", counters.joinRequests.sum());
        other.put("join_events", counters.joinEvents.sum());
        other.put("uplink_events", counters.uplinkEvents.sum());
        other.put("unmatched_uplink_events", tracker.unknown() + counters.unknownUplinkEvents.sum());
        other.put("bad_events", counters.badEvents.sum());
        other.put("scheduler_fell_behind", counters.behindSchedule.sum());
        other.put("dnmsg", counters.dnmsgs.sum());
        other.put("dntxed", counters.dntxed.sum());
        other.put("station_bad_messages", counters.stationBadMessages.sum());
        SimReport.Losses losses = new SimReport.Losses(counters.missingPushAcks.sum(), counters.missingPullAcks.sum(),
                events == null ? 0 : tracker.unmatched(), counters.joinsFailed.sum(), counters.downlinksBadMic.sum(),
                counters.tooLate.sum(), tracker.duplicates(), counters.of(Protocol.BASIC_STATION).sendFailures.sum(),
                counters.stationDisconnects.sum());
        Map<Protocol, SimReport.ProtocolFigures> protocols = new EnumMap<>(Protocol.class);
        for (Protocol p : Protocol.values()) {
            int n = (int) gateways.stream().filter(g -> g.protocol() == p).count();
            if (n > 0) {
                ProtocolCounters c = counters.of(p);
                protocols.put(p, new SimReport.ProtocolFigures(n, c.uplinks.sum(), c.sendFailures.sum(),
                        c.downlinksReceived.sum(), c.leadMicros.percentiles(), c.rx1.sum(), c.rx2.sum(),
                        c.immediate.sum(), c.tooLate.sum(), c.rx1Missed.sum(), c.joinLeadMicros.percentiles(),
                        c.transitMicros.percentiles(), c.sendDelayMicros.percentiles()));
            }
        }
        return new SimReport(counters.uplinksSent.sum(), measuredNanos / 1e9, counters.events.sum(), tracker.matched(),
                tracker.latencyMicros().percentiles(), tracker.rxMetadata().percentiles(), counters.joinAccepts.sum(),
                counters.downlinksReceived.sum(), appDownlinks, counters.downlinksPushed.sum(), macAnswers,
                counters.leadMicros.percentiles(), counters.joinLeadMicros.percentiles(), counters.rx1Downlinks.sum(),
                counters.rx2Downlinks.sum(), rates, protocols, losses, other);
    }

    private static void pace(long at) {
        long wait;
        while ((wait = at - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void quietly(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            // an unreachable server shows up as missing acknowledgements
        } catch (UncheckedIOException e) {
            // same
        }
    }

    @Override
    public void close() {
        timers.shutdownNow();
        pushes.shutdownNow();
        if (events != null) {
            events.close();
        }
        gateways.forEach(GatewayLink::close);
    }
}
