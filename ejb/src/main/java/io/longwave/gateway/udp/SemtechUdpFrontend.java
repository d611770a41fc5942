package io.longwave.gateway.udp;

import io.longwave.platform.json.Jsonp;
import io.longwave.gateway.GatewayDirectory;
import io.longwave.gateway.GatewayEntry;
import io.longwave.gateway.GatewayStatusStore;
import io.longwave.network.GatewayUplink;
import io.longwave.network.UplinkDeduplicator;
import io.longwave.platform.logging.RateLimitedLog;
import io.longwave.udp.api.Datagram;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The Gateway Server for Semtech UDP: validates the header, serves only registered gateways,
 * acknowledges at once, keeps each gateway's downlink path, and hands received frames to the Network
 * Server. Every datagram is counted per identifier ({@code gs_udp_datagrams_total}) and every drop
 * per reason ({@code gs_udp_dropped_total}); bad input is logged at a limited rate and never thrown.
 */
@ApplicationScoped
public class SemtechUdpFrontend {

    private static final Logger LOG = Logger.getLogger(SemtechUdpFrontend.class.getName());

    @Inject
    MetricRegistry metrics;

    @Inject
    GatewayDirectory gateways;

    @Inject
    GatewayStatusStore status;

    @Inject
    UdpGatewayLinks links;

    @Inject
    UplinkDeduplicator network;

    @Inject
    RxPacketConverter converter;

    private final RateLimitedLog badInputLog = new RateLimitedLog(LOG, 10_000);
    private final Map<SemtechPacketType, Counter> received = new EnumMap<>(SemtechPacketType.class);
    private final Map<MalformedDatagramException.Reason, Counter> dropped = new EnumMap<>(MalformedDatagramException.Reason.class);
    private Counter frames;
    private GatewayRateLimit rateLimit;

    @PostConstruct
    void registerMetrics() {
        for (SemtechPacketType type : SemtechPacketType.values()) {
            if (type.fromGateway()) {
                received.put(type, metrics.counter("gs_udp_datagrams", new Tag("type", type.name().toLowerCase())));
            }
        }
        for (MalformedDatagramException.Reason reason : MalformedDatagramException.Reason.values()) {
            dropped.put(reason, metrics.counter("gs_udp_dropped", new Tag("reason", reason.name().toLowerCase())));
        }
        frames = metrics.counter("gs_uplink_frames");
        double rate = ConfigProvider.getConfig().getOptionalValue("lw.gs.udp.gateway-rate", Double.class).orElse(5_000.0);
        rateLimit = new GatewayRateLimit(rate, rate);
    }

    public void handle(Datagram datagram) {
        SemtechDatagram packet;
        try {
            packet = SemtechDatagram.parse(datagram.payload());
        } catch (MalformedDatagramException e) {
            drop(e.reason(), datagram, e.getMessage());
            return;
        }
        received.get(packet.type()).inc();
        String eui = packet.gatewayEuiHex();
        GatewayEntry gateway;
        try {
            gateway = gateways.byEui(eui).orElse(null);
        } catch (RuntimeException e) {
            badInputLog.warn("udp.directory", "gs.udp.directory-unavailable error=\"" + e.getMessage() + "\"");
            return;
        }
        if (gateway == null) {
            drop(MalformedDatagramException.Reason.UNKNOWN_GATEWAY, datagram, "gateway " + eui + " is not registered");
            return;
        }
        if (!rateLimit.tryAcquire(eui, datagram.receivedAtNanos())) {
            drop(MalformedDatagramException.Reason.RATE_LIMITED, datagram, "gateway " + eui + " exceeds its datagram rate");
            return;
        }
        try {
            switch (packet.type()) {
                case PULL_DATA -> {
                    links.ack(packet, SemtechPacketType.PULL_ACK, datagram);
                    links.pullData(eui, datagram.source(), datagram.localPort());
                    status.seen(gateway, "udp", datagram.source().toString());
                }
                case PUSH_DATA -> {
                    links.ack(packet, SemtechPacketType.PUSH_ACK, datagram);
                    pushData(gateway, packet, datagram);
                    status.seen(gateway, "udp", datagram.source().toString());
                }
                case TX_ACK -> links.txAck(eui, packet.token(), txAckError(packet.body()));
                default -> { }
            }
        } catch (IOException e) {
            badInputLog.warn("udp.send", "gs.udp.ack-failed gateway_eui=" + eui + " error=\"" + e.getMessage() + "\"");
        } catch (RuntimeException e) {
            // Redis down or a bug: count and log, never let the adapter lose its endpoint over one datagram
            badInputLog.warn("udp.error." + e.getClass().getSimpleName(), "gs.udp.error gateway_eui=" + eui
                    + " error=\"" + e + "\"");
        }
    }

    private void pushData(GatewayEntry gateway, SemtechDatagram packet, Datagram datagram) {
        PushData data;
        try {
            data = PushDataParser.parse(packet.body());
        } catch (MalformedDatagramException e) {
            drop(e.reason(), datagram, e.getMessage());
            return;
        }
        countPacketDrops(MalformedDatagramException.Reason.CRC_FAILED, data.crcFailed(), datagram);
        countPacketDrops(MalformedDatagramException.Reason.BAD_RXPK, data.malformed(), datagram);
        countPacketDrops(MalformedDatagramException.Reason.OVERSIZED, data.oversized(), datagram);
        for (RxPacket rx : data.packets()) {
            GatewayUplink uplink = converter.convert(gateway, rx, datagram.receivedAtNanos());
            if (uplink == null) {
                drop(MalformedDatagramException.Reason.BAD_RXPK, datagram, "rxpk with a data rate or frequency outside the gateway's plan");
                continue;
            }
            frames.inc();
            network.offer(uplink);
        }
        if (data.stat() != null) {
            status.stats(gateway, data.stat());
        }
    }

    private void countPacketDrops(MalformedDatagramException.Reason reason, int count, Datagram datagram) {
        if (count > 0) {
            dropped.get(reason).inc(count);
            badInputLog.warn("udp.rxpk." + reason, "gs.udp.drop reason=" + reason.name().toLowerCase()
                    + " source=" + datagram.source() + " packets=" + count);
        }
    }

    private void drop(MalformedDatagramException.Reason reason, Datagram datagram, String detail) {
        dropped.get(reason).inc();
        badInputLog.warn("udp.malformed." + reason, "gs.udp.drop reason=" + reason.name().toLowerCase()
                + " source=" + datagram.source() + " detail=\"" + detail + "\"");
    }

    private static String txAckError(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try (JsonReader r = Jsonp.createReader(new ByteArrayInputStream(body))) {
            JsonObject ack = r.readObject().getJsonObject("txpk_ack");
            return ack != null && ack.get("error") instanceof JsonString s ? s.getString() : null;
        } catch (RuntimeException e) {
            return null; // an unreadable TX_ACK is taken as success, as the forwarder's v1 sent none
        }
    }
}
