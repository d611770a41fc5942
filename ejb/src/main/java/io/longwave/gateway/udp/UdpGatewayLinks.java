package io.longwave.gateway.udp;

import io.longwave.gateway.TxAcknowledged;
import io.longwave.platform.cluster.NodeIdentity;
import io.longwave.platform.redis.RedisClient;
import io.longwave.udp.api.Datagram;
import io.longwave.udp.api.UdpConnection;
import io.longwave.udp.api.UdpConnectionFactory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import redis.clients.jedis.params.SetParams;

/**
 * The downlink side of Semtech UDP on this node: the path of each gateway (its last PULL_DATA's
 * source, forgotten after 90 s), PUSH_ACK / PULL_ACK, PULL_RESP with a fresh token, and the
 * TX_ACK that answers it. Which node holds a gateway is recorded in Redis ({@code lw:gw:conn:<EUI>}).
 */
@ApplicationScoped
public class UdpGatewayLinks {

    private static final Logger LOG = Logger.getLogger(UdpGatewayLinks.class.getName());
    private static final long PENDING_TTL_NANOS = 30_000_000_000L;

    @Resource(lookup = "eis/longwave/udp")
    UdpConnectionFactory udp;

    @Inject
    RedisClient redis;

    @Inject
    NodeIdentity node;

    @Inject
    Event<TxAcknowledged> txAcks;

    private record Pending(String downlinkId, String gatewayId, String eui, long sentAtNanos) {
    }

    private final Map<String, UdpPath> paths = new ConcurrentHashMap<>();
    private final Map<Integer, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, Long> pathWrites = new ConcurrentHashMap<>();

    public static String connectionKey(String eui) {
        return "lw:gw:conn:" + eui;
    }

    public void pullData(String eui, InetSocketAddress source, int localPort) {
        long now = System.nanoTime();
        paths.put(eui, new UdpPath(source, localPort, now));
        Long written = pathWrites.get(eui);
        if (written == null || now - written > 10_000_000_000L) {
            pathWrites.put(eui, now);
            redis.pool().set(connectionKey(eui), node.id(), SetParams.setParams().px(UdpPath.EXPIRY_NANOS / 1_000_000));
        }
    }

    public Optional<UdpPath> path(String eui) {
        UdpPath p = paths.get(eui);
        if (p == null || p.expired(System.nanoTime())) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** PUSH_ACK / PULL_ACK, straight from the socket the datagram arrived on. */
    public void ack(SemtechDatagram packet, SemtechPacketType ackType, Datagram received) throws IOException {
        byte[] ack = {(byte) packet.version(), (byte) (packet.token() >> 8), (byte) packet.token(), (byte) ackType.id()};
        received.reply(ack);
    }

    /**
     * Sends a PULL_RESP carrying {@code txpkJson} to the gateway's current path.
     *
     * @return false when the gateway has no live path on this node
     */
    public boolean pullResp(String eui, String gatewayId, String downlinkId, String txpkJson) {
        UdpPath p = path(eui).orElse(null);
        if (p == null) {
            return false;
        }
        byte[] json = txpkJson.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[4 + json.length];
        int token;
        do {
            token = ThreadLocalRandom.current().nextInt(0x10000);
        } while (pending.containsKey(tokenKey(eui, token)));
        out[0] = 2;
        out[1] = (byte) (token >> 8);
        out[2] = (byte) token;
        out[3] = (byte) SemtechPacketType.PULL_RESP.id();
        System.arraycopy(json, 0, out, 4, json.length);
        pending.put(tokenKey(eui, token), new Pending(downlinkId, gatewayId, eui, System.nanoTime()));
        try {
            send(out, p.address(), p.localPort());
            return true;
        } catch (IOException e) {
            pending.remove(tokenKey(eui, token));
            LOG.warning("gs.udp.pull_resp-failed gateway_eui=" + eui + " error=\"" + e.getMessage() + "\"");
            return false;
        }
    }

    /** A TX_ACK: {@code error} null or "NONE" is success. Unknown tokens (late or forged) are ignored. */
    public void txAck(String eui, int token, String error) {
        Pending p = pending.remove(tokenKey(eui, token));
        long now = System.nanoTime();
        if (pending.size() > 10_000) {
            pending.values().removeIf(x -> now - x.sentAtNanos > PENDING_TTL_NANOS);
        }
        if (p == null) {
            return;
        }
        String failure = error == null || error.isEmpty() || "NONE".equals(error) ? null : error;
        txAcks.fire(new TxAcknowledged(p.downlinkId(), p.gatewayId(), failure, (now - p.sentAtNanos) / 1_000_000));
    }

    private static int tokenKey(String eui, int token) {
        return eui.hashCode() * 65_537 + token;
    }

    private void send(byte[] payload, InetSocketAddress to, int localPort) throws IOException {
        try (UdpConnection c = udp.getConnection()) {
            c.send(payload, to, localPort);
        } catch (jakarta.resource.ResourceException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
