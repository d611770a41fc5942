package io.longwave.network.downlink;

import io.longwave.application.DownlinkEvents;
import io.longwave.gateway.GatewayStatusStore;
import io.longwave.gateway.TxAcknowledged;
import io.longwave.network.session.NsDevice;
import io.longwave.network.session.NsDeviceKeys;
import io.longwave.platform.redis.RedisClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What a gateway's TX_ACK means for a downlink: success publishes {@code sent} (and arms the
 * ack/nack check of a confirmed downlink); an RX1 failure is retried in RX2 when that window is still
 * ahead; a final failure publishes {@code failed}. The round trip is recorded as the gateway's RTT.
 */
@ApplicationScoped
public class DownlinkOutcomes {

    @Inject
    DownlinkTransmitter transmitter;

    @Inject
    DownlinkEvents events;

    @Inject
    RedisClient redis;

    @Inject
    GatewayStatusStore status;

    @Inject
    MetricRegistry metrics;

    private Counter sent;
    private Counter failed;
    private Counter retried;

    @PostConstruct
    void init() {
        sent = metrics.counter("ns_downlink_tx", new Tag("result", "sent"));
        failed = metrics.counter("ns_downlink_tx", new Tag("result", "failed"));
        retried = metrics.counter("ns_downlink_tx", new Tag("result", "retried_rx2"));
    }

    public void onTxAck(@Observes TxAcknowledged ack) {
        PendingDownlink p = transmitter.acknowledged(ack.downlinkId()).orElse(null);
        if (p == null) {
            return;
        }
        if (ack.roundTripMillis() >= 0) {
            status.roundTrip(ack.gatewayId(), ack.roundTripMillis());
        }
        if (ack.success()) {
            sent.inc();
            if (p.item() != null) {
                NsDevice d = device(p.ref());
                if (d != null) {
                    events.publish(DownlinkEvents.Kind.SENT, d.applicationId(), ClassADownlinks.ids(d), p.item(), p.fCnt(), null);
                    if (p.item().confirmed()) {
                        redis.pool().hset(NsDeviceKeys.device(p.ref()), Map.of("conf_pending", p.item().toJson().toString(),
                                "conf_down", Long.toString(p.fCnt())));
                    }
                }
            }
            return;
        }
        if (p.fallback() != null && p.fallback().atNanos() - System.nanoTime() > TxPlanner.MIN_MARGIN_NANOS
                && transmitter.send(p.retryIn(p.fallback(), DownlinkTransmitter.newId()))) {
            retried.inc();
            return;
        }
        failed.inc();
        if (p.item() != null) {
            NsDevice d = device(p.ref());
            if (d != null) {
                events.publish(DownlinkEvents.Kind.FAILED, d.applicationId(), ClassADownlinks.ids(d), p.item(), p.fCnt(), ack.error());
            }
        }
    }

    private NsDevice device(String ref) {
        return NsDevice.fromHash(ref, redis.pool().hgetAll(NsDeviceKeys.device(ref)));
    }
}
