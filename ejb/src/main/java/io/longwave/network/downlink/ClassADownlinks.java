package io.longwave.network.downlink;

import io.longwave.application.DownlinkEvents;
import io.longwave.application.DownlinkQueue;
import io.longwave.application.QueuedDownlink;
import io.longwave.application.UplinkMessageJson;
import io.longwave.lorawan.LorawanException;
import io.longwave.network.AcceptedUplink;
import io.longwave.network.MacLayer;
import io.longwave.network.DeduplicatedUplink;
import io.longwave.network.RxMetadata;
import io.longwave.network.session.NsDevice;
import io.longwave.network.session.NsDeviceKeys;
import io.longwave.platform.redis.RedisClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Class A downlinks: after an accepted uplink, decides whether the device must hear from the network
 * (a confirmed uplink to acknowledge, MAC commands, queued application data), and sets an EJB timer
 * for {@code lw.ns.downlink-lead-ms} (700 ms) before RX1. When it fires, the frame is built on the
 * best gateway that heard the uplink (SNR, then RSSI) with a live path, in RX1, or in RX2 when RX1
 * can no longer be met. Also settles the previous confirmed downlink: ACK bit set is {@code ack},
 * otherwise {@code nack} and a retry by policy ({@code lw.ns.confirmed-retries}, 3).
 */
@ApplicationScoped
public class ClassADownlinks {

    private static final Logger LOG = Logger.getLogger(ClassADownlinks.class.getName());

    @Inject
    RedisClient redis;

    @Inject
    DownlinkQueue queue;

    @Inject
    DownlinkTimers timers;

    @Inject
    DownlinkTransmitter transmitter;

    @Inject
    DataDownlinkSender sender;

    @Inject
    DownlinkEvents events;

    @Inject
    MetricRegistry metrics;

    private long leadMillis;
    private int confirmedRetries;
    private Counter rx1;
    private Counter rx2;
    private Counter tooLate;
    private Counter noGateway;

    @PostConstruct
    void init() {
        leadMillis = ConfigProvider.getConfig().getOptionalValue("lw.ns.downlink-lead-ms", Long.class).orElse(700L);
        confirmedRetries = ConfigProvider.getConfig().getOptionalValue("lw.ns.confirmed-retries", Integer.class).orElse(3);
        rx1 = metrics.counter("ns_downlink_scheduled", new Tag("window", "rx1"));
        rx2 = metrics.counter("ns_downlink_scheduled", new Tag("window", "rx2"));
        tooLate = metrics.counter("ns_downlink_dropped", new Tag("reason", "too_late"));
        noGateway = metrics.counter("ns_downlink_dropped", new Tag("reason", "no_gateway"));
    }

    /**
     * The device-hash fields that remember which gateway heard the device best, stored with the
     * uplink's frame counter: class C downlinks go through it.
     */
    public static Map<String, String> lastGatewayFields(List<RxMetadata> metadata) {
        RxMetadata best = best(metadata);
        if (best == null) {
            return Map.of();
        }
        return Map.of("last_gw", best.gatewayId(), "last_gw_eui", best.gatewayEui(), "last_gw_protocol", best.protocol());
    }

    /**
     * @param queued the length of the application downlink queue, read when the uplink was committed
     */
    public void afterUplink(AcceptedUplink up, MacLayer.Result mac, long queued) {
        byte[] macCommands = mac.fOpts();
        NsDevice d = up.device();
        boolean retry = settleConfirmed(d, up.frame().fHdr().fCtrl().ack());
        boolean needed = up.confirmed() || mac.downlinkRequired() || macCommands.length > 0 || queued > 0 || retry;
        if (!needed) {
            return;
        }
        int delay = mac.rx1Delay();
        int rx1DrOffset = mac.rx1DrOffset();
        long rx1At = up.uplink().firstReceivedNanos() + delay * 1_000_000_000L;
        long fireIn = (rx1At - System.nanoTime()) / 1_000_000 - leadMillis;
        long ackFCnt = up.confirmed() ? up.fCnt() : -1;
        timers.after(fireIn, () -> transmit(d.ref(), up.uplink(), ackFCnt, macCommands, delay, rx1DrOffset));
    }

    void transmit(String ref, DeduplicatedUplink uplink, long ackFCnt, byte[] macCommands, int delay, int rx1DrOffset) {
        NsDevice d = NsDevice.fromHash(ref, redis.pool().hgetAll(NsDeviceKeys.device(ref)));
        if (d == null || !d.hasSession()) {
            return;
        }
        RxMetadata gw = transmitter.bestReachable(uplink.metadata()).orElse(null);
        if (gw == null) {
            noGateway.inc();
            return;
        }
        TxPlanner.Choice choice;
        try {
            choice = TxPlanner.classA(d.frequencyPlanId(), gw, uplink.settings(), rx1DrOffset, delay, uplink.firstReceivedNanos());
        } catch (LorawanException e) {
            LOG.warning("ns.downlink.plan-failed device=" + ref + " error=\"" + e.getMessage() + "\"");
            return;
        }
        if (choice == null) {
            tooLate.inc();
            return;
        }
        (choice.fallback() != null ? rx1 : rx2).inc();
        if (!sender.send(d, choice.first(), choice.fallback(), ackFCnt, macCommands)) {
            noGateway.inc();
        }
    }

    /** A confirmed downlink awaiting its ACK is settled by this uplink (its pending field is cleared in the commit). */
    public static boolean settles(NsDevice d) {
        return d.confPending() != null && !d.confPending().isEmpty();
    }

    /** @return whether the unacknowledged downlink went back into the queue for another attempt */
    private boolean settleConfirmed(NsDevice d, boolean ackBit) {
        if (!settles(d)) {
            return false;
        }
        QueuedDownlink item = QueuedDownlink.parse(d.confPending());
        if (ackBit) {
            events.publish(DownlinkEvents.Kind.ACK, d.applicationId(), ids(d), item, -1, null);
            return false;
        }
        events.publish(DownlinkEvents.Kind.NACK, d.applicationId(), ids(d), item, -1, null);
        if (item.attempts() + 1 < confirmedRetries) {
            queue.requeue(d.ref(), item.withAttempt());
            return true;
        }
        events.publish(DownlinkEvents.Kind.FAILED, d.applicationId(), ids(d), item, -1, "no_ack");
        return false;
    }

    static jakarta.json.JsonObject ids(NsDevice d) {
        return UplinkMessageJson.deviceIds(d.applicationId(), d.deviceId(), d.devEui(), d.joinEui(), d.devAddr());
    }

    private static final Comparator<RxMetadata> BY_QUALITY =
            Comparator.comparingDouble(RxMetadata::snr).thenComparingDouble(RxMetadata::rssi);

    static RxMetadata best(List<RxMetadata> all) {
        return all.stream().max(BY_QUALITY).orElse(null);
    }
}
