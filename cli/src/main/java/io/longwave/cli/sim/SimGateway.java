package io.longwave.cli.sim;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * One simulated Semtech UDP packet forwarder: its own socket and receive thread, PUSH_DATA/PULL_DATA
 * with acknowledgement tracking by token, stat reports, and PULL_RESP answered with TX_ACK and handed
 * on to the device it is for.
 */
public final class SimGateway implements GatewayLink {

    private static final DateTimeFormatter STAT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'", Locale.ROOT);

    private record Sent(int token, long nanos, boolean pull) {
    }

    private final int index;
    private final long eui;
    private final GatewayClock clock;
    private final DatagramSocket socket;
    private final DownlinkRouter router;
    private final SimCounters counters;
    private final long ackTimeoutNanos;
    private final AtomicInteger tokens;
    private final AtomicLongArray pushPending = new AtomicLongArray(65536);
    private final AtomicLongArray pullPending = new AtomicLongArray(65536);
    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final Map<Long, SimDevice> joinWindows = new ConcurrentHashMap<>();
    private final LongAdder rxReceived = new LongAdder();
    private final LongAdder txSent = new LongAdder();
    private final LongAdder downlinks = new LongAdder();
    private volatile boolean pullAcked;
    private volatile Thread receiver;
    private volatile boolean closed;

    public SimGateway(int index, long eui, InetSocketAddress server, GatewayClock clock, DownlinkRouter router,
                      SimCounters counters, long ackTimeoutMillis) throws SocketException {
        this.index = index;
        this.eui = eui;
        this.clock = clock;
        this.router = router;
        this.counters = counters;
        this.ackTimeoutNanos = ackTimeoutMillis * 1_000_000L;
        this.tokens = new AtomicInteger((int) (eui * 31) & 0xFFFF);
        this.socket = new DatagramSocket(new InetSocketAddress(0));
        this.socket.setReceiveBufferSize(1 << 20);
        this.socket.connect(server);
    }

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
        return Protocol.UDP;
    }

    @Override
    public boolean ready() {
        return pullAcked;
    }

    public GatewayClock clock() {
        return clock;
    }

    public long tmstNow() {
        return clock.now();
    }

    public int localPort() {
        return socket.getLocalPort();
    }

    @Override
    public void start() {
        Thread t = new Thread(this::receiveLoop, "sim-gw-" + index);
        t.setDaemon(true);
        receiver = t;
        t.start();
    }

    // sending

    @Override
    public long receive(Uplink up, String utcTime, int rssi, double snr) throws IOException {
        long tmst = tmstNow();
        push(List.of(new Rxpk(utcTime, tmst, up.channel(), up.radio(), up.frequencyHz(), up.datr(), "4/5", rssi, snr,
                up.phy())));
        counters.of(Protocol.UDP).uplinks.increment();
        return tmst;
    }

    @Override
    public void keepAlive() throws IOException {
        pull();
    }

    public void push(List<Rxpk> packets) throws IOException {
        rxReceived.add(packets.size());
        send(SemtechPacket.PUSH_DATA, Rxpk.pushData(packets), false);
        counters.pushData.increment();
    }

    public void pull() throws IOException {
        send(SemtechPacket.PULL_DATA, null, true);
        counters.pullData.increment();
    }

    /** A {@code stat} report of the packets seen so far. */
    @Override
    public void stat() throws IOException {
        long rx = rxReceived.sum();
        String json = io.longwave.cli.api.Jsons.compact(io.longwave.cli.api.Jsons.PROVIDER.createObjectBuilder()
                .add("stat", io.longwave.cli.api.Jsons.PROVIDER.createObjectBuilder()
                        .add("time", STAT_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)))
                        .add("rxnb", rx).add("rxok", rx).add("rxfw", rx).add("ackr", 100.0)
                        .add("dwnb", downlinks.sum()).add("txnb", txSent.sum()))
                .build());
        send(SemtechPacket.PUSH_DATA, json, false);
        counters.stats.increment();
    }

    private void send(int type, String json, boolean pull) throws IOException {
        int token = tokens.getAndIncrement() & 0xFFFF;
        long now = System.nanoTime() | 1;
        AtomicLongArray pending = pull ? pullPending : pushPending;
        if (pending.getAndSet(token, now) != 0) {
            // The token came round again before its acknowledgement.
            (pull ? counters.missingPullAcks : counters.missingPushAcks).increment();
        }
        sent.add(new Sent(token, now, pull));
        byte[] bytes = SemtechPacket.fromGateway(type, token, eui, json).encode();
        socket.send(new DatagramPacket(bytes, bytes.length));
    }

    /**
     * Counts acknowledgements older than the timeout as missing.
     *
     * @param all also those still within the timeout (at the end of a run)
     */
    @Override
    public void sweep(long nowNanos, boolean all) {
        Sent s;
        while ((s = sent.peek()) != null && (all || nowNanos - s.nanos() > ackTimeoutNanos)) {
            sent.poll();
            AtomicLongArray pending = s.pull() ? pullPending : pushPending;
            if (pending.compareAndSet(s.token(), s.nanos(), 0)) {
                (s.pull() ? counters.missingPullAcks : counters.missingPushAcks).increment();
            }
        }
    }

    /** Expect a join-accept in RX1 ({@code + 5 s}) or RX2 ({@code + 6 s}) after a join-request sent at {@code tmst}. */
    @Override
    public void expectJoinAccept(long uplinkTmst, SimDevice device) {
        joinWindows.put(Tmst.plus(uplinkTmst, 5_000_000), device);
        joinWindows.put(Tmst.plus(uplinkTmst, 6_000_000), device);
    }

    @Override
    public void forgetJoinWindows(SimDevice device) {
        joinWindows.values().removeIf(d -> d == device);
    }

    /** The device that sent the join-request whose RX1 or RX2 starts at {@code tmst}, if any. */
    public SimDevice joinWindow(long tmst) {
        return joinWindows.get(tmst);
    }

    // receiving

    private void receiveLoop() {
        byte[] buf = new byte[65536];
        DatagramPacket packet = new DatagramPacket(buf, buf.length);
        while (!closed) {
            try {
                packet.setLength(buf.length);
                socket.receive(packet);
                handle(SemtechPacket.decode(buf, packet.getLength()));
            } catch (IllegalArgumentException e) {
                counters.badDatagrams.increment();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                // ICMP port unreachable while the server is not listening: keep going.
            }
        }
    }

    void handle(SemtechPacket p) throws IOException {
        switch (p.type()) {
            case SemtechPacket.PUSH_ACK -> acknowledge(pushPending, p.token(), counters.pushAcks);
            case SemtechPacket.PULL_ACK -> {
                acknowledge(pullPending, p.token(), counters.pullAcks);
                pullAcked = true;
            }
            case SemtechPacket.PULL_RESP -> pullResp(p);
            default -> counters.badDatagrams.increment();
        }
    }

    private void acknowledge(AtomicLongArray pending, int token, LongAdder acks) {
        if (pending.getAndSet(token, 0) != 0) {
            acks.increment();
        } else {
            counters.unexpectedAcks.increment();
        }
    }

    private void pullResp(SemtechPacket p) throws IOException {
        counters.pullResps.increment();
        long now = tmstNow();
        Txpk txpk = Txpk.parse(p.jsonText());
        int lead = Tmst.leadMicros(txpk.tmst(), now);
        boolean late = !txpk.immediate() && lead <= 0;
        byte[] ack = SemtechPacket.fromGateway(SemtechPacket.TX_ACK, p.token(), eui,
                Txpk.txAck(late ? "TOO_LATE" : "NONE")).encode();
        socket.send(new DatagramPacket(ack, ack.length));
        if (late) {
            counters.tooLate.increment();
            counters.of(Protocol.UDP).tooLate.increment();
            return;
        }
        downlinks.increment();
        txSent.increment();
        byte[] data = txpk.data();
        boolean joinAccept = data.length > 0 && (data[0] & 0xFF) >>> 5 == 1;
        router.downlink(this, new ReceivedDownlink(data, txpk.immediate() ? ReceivedDownlink.Window.IMMEDIATE
                : ReceivedDownlink.Window.SCHEDULED, txpk.tmst(), lead,
                joinAccept ? Optional.ofNullable(joinWindow(txpk.tmst())) : Optional.empty()));
    }

    @Override
    public String describe() {
        return DeviceIdentity.hex(eui) + " (udp " + socket.getLocalPort() + ")";
    }

    @Override
    public void close() {
        closed = true;
        socket.close();
        Thread t = receiver;
        if (t != null) {
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
