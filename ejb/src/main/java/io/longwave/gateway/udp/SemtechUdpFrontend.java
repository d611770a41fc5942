package io.longwave.gateway.udp;

import io.longwave.platform.logging.RateLimitedLog;
import io.longwave.udp.api.Datagram;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * First stage of the Gateway Server for Semtech UDP: validates the header, counts datagrams per
 * identifier and drops per reason (metrics {@code gs_udp_datagrams_total}, {@code gs_udp_dropped_total}).
 */
@ApplicationScoped
public class SemtechUdpFrontend {

    private static final Logger LOG = Logger.getLogger(SemtechUdpFrontend.class.getName());

    @Inject
    MetricRegistry metrics;

    private final RateLimitedLog badInputLog = new RateLimitedLog(LOG, 10_000);
    private final Map<SemtechPacketType, Counter> received = new EnumMap<>(SemtechPacketType.class);
    private final Map<MalformedDatagramException.Reason, Counter> dropped = new EnumMap<>(MalformedDatagramException.Reason.class);

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
    }

    public void handle(Datagram datagram) {
        SemtechDatagram packet;
        try {
            packet = SemtechDatagram.parse(datagram.payload());
        } catch (MalformedDatagramException e) {
            dropped.get(e.reason()).inc();
            badInputLog.warn("udp.malformed." + e.reason(), "gs.udp.drop reason=" + e.reason().name().toLowerCase()
                    + " source=" + datagram.source() + " detail=\"" + e.getMessage() + "\"");
            return;
        }
        received.get(packet.type()).inc();
    }
}
