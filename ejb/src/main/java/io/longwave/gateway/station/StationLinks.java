package io.longwave.gateway.station;

import io.longwave.gateway.GatewayEntry;
import io.longwave.gateway.TxAcknowledged;
import io.longwave.gateway.udp.UdpGatewayLinks;
import io.longwave.network.downlink.PendingDownlink;
import io.longwave.platform.cluster.NodeIdentity;
import io.longwave.platform.logging.RateLimitedLog;
import io.longwave.platform.redis.RedisClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import redis.clients.jedis.params.SetParams;

/**
 * The Basics Stations connected to this node: one traffic websocket per gateway EUI (a new connection
 * replaces the old), the Redis record of which node holds the gateway ({@code lw:gw:conn:<EUI>}, as for
 * UDP, refreshed while the station talks and removed when it leaves), {@code dnmsg} sending, and the
 * {@code diid} of each downlink until its {@code dntxed}.
 */
@ApplicationScoped
public class StationLinks {

    private static final Logger LOG = Logger.getLogger(StationLinks.class.getName());
    private static final RateLimitedLog REFUSED = new RateLimitedLog(LOG, 10_000);
    /** Like a UDP path: a node that dies leaves a record that expires. */
    static final long CONNECTION_TTL_MILLIS = 90_000;
    private static final long REFRESH_NANOS = 10_000_000_000L;
    /** A class A RX2 is at most 16 s after the uplink; a dntxed later than this will not come. */
    private static final long PENDING_TTL_NANOS = 60_000_000_000L;
    private static final String DELETE_IF_OURS =
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

    @Inject
    RedisClient redis;

    @Inject
    NodeIdentity node;

    @Inject
    Event<TxAcknowledged> txAcks;

    /** A connected station: its gateway and channel; {@code refreshedAt} throttles the Redis record. */
    static final class Link {
        final GatewayEntry gateway;
        final StationChannel channel;
        volatile long refreshedAt;

        Link(GatewayEntry gateway, StationChannel channel) {
            this.gateway = gateway;
            this.channel = channel;
        }
    }

    private record Pending(String downlinkId, String gatewayId, String eui, long sentAtNanos) {
    }

    private final Map<String, Link> links = new ConcurrentHashMap<>();
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong nextDiid = new AtomicLong(1);

    /** Registers the station's connection (after its {@code version}); an older connection of the gateway is closed. */
    public void connected(GatewayEntry gateway, StationChannel channel) {
        Link link = new Link(gateway, channel);
        Link old = links.put(gateway.eui(), link);
        if (old != null && old.channel != channel) {
            old.channel.close(1000, "replaced by a new connection of the same gateway");
        }
        refresh(link, true);
    }

    /** The station talked: keeps this node's record of the gateway alive. */
    public void active(String eui, StationChannel channel) {
        Link link = links.get(eui);
        if (link != null && link.channel == channel) {
            refresh(link, false);
        }
    }

    /** Forgets the connection, unless a newer one of the same gateway replaced it already. */
    public void disconnected(String eui, StationChannel channel) {
        Link link = links.get(eui);
        if (link != null && link.channel == channel && links.remove(eui, link)) {
            redis.pool().eval(DELETE_IF_OURS, List.of(UdpGatewayLinks.connectionKey(eui)), List.of(node.id()));
        }
    }

    public boolean reachable(String eui) {
        return links.containsKey(eui);
    }

    /** @return false when the station is not connected here or its connection refused the message */
    public boolean send(PendingDownlink d) {
        String eui = d.window().gatewayEui();
        Link link = links.get(eui);
        if (link == null) {
            return false;
        }
        long now = System.nanoTime();
        if (pending.size() > 10_000) {
            pending.values().removeIf(p -> now - p.sentAtNanos > PENDING_TTL_NANOS);
        }
        long diid = nextDiid.getAndIncrement();
        pending.put(diid, new Pending(d.id(), d.window().gatewayId(), eui, now));
        if (!link.channel.send(DownlinkMessage.dnmsg(d, diid, MuxTime.of(Instant.now())).toString())) {
            pending.remove(diid);
            REFUSED.warn("gs.station.dnmsg-refused", "gs.station.dnmsg-refused gateway_eui=" + eui
                    + " detail=\"the connection is closing or too far behind\"");
            return false;
        }
        return true;
    }

    /**
     * A {@code dntxed}: the station transmitted the downlink. It has the effect of a successful UDP TX_ACK.
     * A diid we did not send to this gateway (late, repeated or forged) is ignored.
     */
    public void transmitted(String eui, long diid) {
        Pending p = pending.get(diid);
        if (p == null || !p.eui.equals(eui) || !pending.remove(diid, p)) {
            return;
        }
        txAcks.fire(new TxAcknowledged(p.downlinkId(), p.gatewayId(), null, -1));
    }

    private void refresh(Link link, boolean force) {
        long now = System.nanoTime();
        if (force || now - link.refreshedAt > REFRESH_NANOS) {
            link.refreshedAt = now;
            redis.pool().set(UdpGatewayLinks.connectionKey(link.gateway.eui()), node.id(),
                    SetParams.setParams().px(CONNECTION_TTL_MILLIS));
        }
    }
}
