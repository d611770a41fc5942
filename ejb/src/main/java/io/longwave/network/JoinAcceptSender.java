package io.longwave.network;

import io.longwave.lorawan.LorawanException;
import io.longwave.network.downlink.DownlinkTimers;
import io.longwave.network.downlink.DownlinkTransmitter;
import io.longwave.network.downlink.PendingDownlink;
import io.longwave.network.downlink.TxPlanner;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Sends a join-accept (the answer to a join- or rejoin-request) in RX1, JoinAcceptDelay1 (5 s) after
 * the request, with RX2 (6 s) as fallback, through the best gateway that heard the request; the
 * decision is an EJB timer {@code lw.ns.downlink-lead-ms} before RX1.
 */
@ApplicationScoped
public class JoinAcceptSender {

    public static final int JOIN_ACCEPT_DELAY1 = 5;

    @Inject
    DownlinkTimers timers;

    @Inject
    DownlinkTransmitter transmitter;

    @Inject
    MetricRegistry metrics;

    private long leadMillis;
    private Counter tooLate;
    private Counter noGateway;

    @PostConstruct
    void init() {
        leadMillis = ConfigProvider.getConfig().getOptionalValue("lw.ns.downlink-lead-ms", Long.class).orElse(700L);
        // the same counters as data downlinks: a join-accept that cannot go out is no longer silent
        tooLate = metrics.counter("ns_downlink_dropped", new Tag("reason", "too_late"));
        noGateway = metrics.counter("ns_downlink_dropped", new Tag("reason", "no_gateway"));
    }

    public void schedule(String ref, String devEui, String frequencyPlanId, DeduplicatedUplink request, byte[] joinAcceptPhy) {
        long rx1At = request.firstReceivedNanos() + JOIN_ACCEPT_DELAY1 * 1_000_000_000L;
        long fireIn = (rx1At - System.nanoTime()) / 1_000_000 - leadMillis;
        timers.after(fireIn, () -> send(ref, devEui, frequencyPlanId, request, joinAcceptPhy));
    }

    private void send(String ref, String devEui, String fp, DeduplicatedUplink request, byte[] accept) {
        RxMetadata gw = transmitter.bestReachable(request.metadata()).orElse(null);
        if (gw == null) {
            noGateway.inc();
            return;
        }
        try {
            TxPlanner.Choice choice = TxPlanner.classA(fp, gw, request.settings(), 0, JOIN_ACCEPT_DELAY1,
                    request.firstReceivedNanos());
            if (choice == null) {
                tooLate.inc();
            } else if (!transmitter.send(new PendingDownlink(DownlinkTransmitter.newId(), ref, null, -1, accept,
                    choice.first(), choice.fallback(), System.nanoTime(), devEui))) {
                noGateway.inc();
            }
        } catch (LorawanException e) {
            // the plan was valid when the request was answered; nothing to send if it no longer is
        }
    }
}
