package io.longwave.network.downlink;

import io.longwave.gateway.udp.UdpGatewayLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.longwave.network.RxMetadata;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends a built downlink through the gateway's protocol and remembers it until the gateway's
 * TX_ACK says whether it went out.
 */
@ApplicationScoped
public class DownlinkTransmitter {

    private static final long FORGET_NANOS = 30_000_000_000L;

    @Inject
    UdpGatewayLinks udp;

    private final Map<String, PendingDownlink> pending = new ConcurrentHashMap<>();

    /** @return true when the gateway has a live path on this node and the downlink was handed over */
    public boolean send(PendingDownlink d) {
        long now = System.nanoTime();
        if (pending.size() > 50_000) {
            pending.values().removeIf(p -> now - p.sentAtNanos() > FORGET_NANOS);
        }
        pending.put(d.id(), d);
        boolean sent = "udp".equals(d.window().protocol())
                && udp.pullResp(d.window().gatewayEui(), d.window().gatewayId(), d.id(), SemtechTxpk.json(d.window(), d.phy()));
        if (!sent) {
            pending.remove(d.id());
        }
        return sent;
    }

    public boolean reachable(String protocol, String gatewayEui) {
        return "udp".equals(protocol) && udp.path(gatewayEui).isPresent();
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
