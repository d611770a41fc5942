package io.longwave.network.downlink;

import io.longwave.gateway.station.StationLinks;
import io.longwave.gateway.station.StationUplinkConverter;
import io.longwave.gateway.udp.UdpGatewayLinks;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.longwave.network.RxMetadata;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Sends a built downlink through the gateway's protocol (Semtech UDP PULL_RESP or Basics Station
 * {@code dnmsg}), within the gateway's duty cycle ({@link DutyCycleGuard}), and remembers it until the
 * gateway's TX_ACK (or {@code dntxed}) says it went out.
 */
@ApplicationScoped
public class DownlinkTransmitter {

    private static final long FORGET_NANOS = 30_000_000_000L;
    private static final String STATION = StationUplinkConverter.PROTOCOL;

    /** What became of a downlink handed to {@link #hand}. */
    public enum Handover {
        SENT,
        /** The gateway has no live path on this node. */
        NO_PATH,
        /** The gateway's duty cycle refused every window; counted {@code ns_downlink_dropped_total{reason="duty_cycle"}}. */
        DUTY_CYCLE
    }

    @Inject
    UdpGatewayLinks udp;

    @Inject
    StationLinks stations;

    @Inject
    DutyCycleGuard dutyCycle;

    @Inject
    MetricRegistry metrics;

    private final Map<String, PendingDownlink> pending = new ConcurrentHashMap<>();
    private Counter dutyCycleDrops;

    @PostConstruct
    void init() {
        dutyCycleDrops = metrics.counter("ns_downlink_dropped", new Tag("reason", "duty_cycle"));
    }

    /** @return true when the downlink was handed to the gateway */
    public boolean send(PendingDownlink d) {
        return hand(d) == Handover.SENT;
    }

    /**
     * Hands the downlink to its gateway in its window, or in the fallback window (RX2) when the duty
     * cycle refuses the first, as The Things Stack's Gateway Server tries each window of a class A downlink.
     */
    public Handover hand(PendingDownlink d) {
        if (!reachable(d.window().protocol(), d.window().gatewayEui())) {
            return Handover.NO_PATH;
        }
        long now = System.nanoTime();
        List<TxWindow> windows = d.fallback() != null && d.fallback().atNanos() - now > TxPlanner.MIN_MARGIN_NANOS
                ? List.of(d.window(), d.fallback()) : List.of(d.window());
        int chosen = dutyCycle.reserveFirst(windows, d.phy().length);
        if (chosen < 0) {
            dutyCycleDrops.inc();
            return Handover.DUTY_CYCLE;
        }
        if (chosen > 0) {
            d = d.retryIn(windows.get(chosen), d.id());
        }
        return handOver(d) ? Handover.SENT : Handover.NO_PATH;
    }

    private boolean handOver(PendingDownlink d) {
        long now = System.nanoTime();
        if (pending.size() > 50_000) {
            pending.values().removeIf(p -> now - p.sentAtNanos() > FORGET_NANOS);
        }
        pending.put(d.id(), d);
        boolean sent = switch (d.window().protocol()) {
            case "udp" -> udp.pullResp(d.window().gatewayEui(), d.window().gatewayId(), d.id(),
                    SemtechTxpk.json(d.window(), d.phy()));
            case STATION -> stations.send(d);
            default -> false;
        };
        if (!sent) {
            pending.remove(d.id());
        }
        return sent;
    }

    public boolean reachable(String protocol, String gatewayEui) {
        return switch (protocol) {
            case "udp" -> udp.path(gatewayEui).isPresent();
            case STATION -> stations.reachable(gatewayEui);
            default -> false;
        };
    }

    /** The gateway with the best SNR, then RSSI, among those that heard the uplink and can be reached now. */
    public Optional<RxMetadata> bestReachable(List<RxMetadata> heardBy) {
        return heardBy.stream().filter(m -> reachable(m.protocol(), m.gatewayEui()))
                .max(Comparator.comparingDouble(RxMetadata::snr).thenComparingDouble(RxMetadata::rssi));
    }

    public Optional<PendingDownlink> acknowledged(String downlinkId) {
        return Optional.ofNullable(pending.remove(downlinkId));
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
