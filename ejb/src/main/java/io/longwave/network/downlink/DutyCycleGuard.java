package io.longwave.network.downlink;

import io.longwave.gateway.GatewayDirectory;
import io.longwave.gateway.GatewayEntry;
import io.longwave.gateway.scheduling.DownlinkAirtime;
import io.longwave.gateway.scheduling.DutyCycleLedger;
import io.longwave.gateway.scheduling.Emission;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.plan.FrequencyPlans;
import io.longwave.lorawan.region.SubBand;
import io.longwave.platform.logging.RateLimitedLog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The Gateway Server's duty-cycle rule for each transmission: a gateway with {@code enforce_duty_cycle}
 * may not spend more airtime per sub-band of its frequency plan's band than the sub-band's duty cycle
 * over {@code lw.gs.duty-cycle-window-ms} (one hour, as The Things Stack). The ledger is in memory on
 * the node the gateway is connected to, which is the node that sends all its downlinks; a node restart
 * forgets it (the gateway then reconnects and starts a fresh budget).
 */
@ApplicationScoped
public class DutyCycleGuard {

    private static final Logger LOG = Logger.getLogger(DutyCycleGuard.class.getName());

    @Inject
    GatewayDirectory gateways;

    private final RateLimitedLog log = new RateLimitedLog(LOG, 60_000);
    private DutyCycleLedger ledger;

    @PostConstruct
    void init() {
        long windowMillis = ConfigProvider.getConfig().getOptionalValue("lw.gs.duty-cycle-window-ms", Long.class)
                .orElse(3_600_000L);
        ledger = new DutyCycleLedger(windowMillis * 1_000_000L);
    }

    /**
     * Books the first of {@code windows} (in order of preference) that the gateway may transmit
     * {@code phyLength} bytes in.
     *
     * @return the index of the booked window, or -1 when the duty cycle refuses all
     */
    public int reserveFirst(List<TxWindow> windows, int phyLength) {
        if (windows.isEmpty()) {
            return -1;
        }
        String eui = windows.get(0).gatewayEui();
        GatewayEntry gw = gateways.byEui(eui).orElse(null);
        if (gw == null || !gw.enforceDutyCycle()) {
            return 0;
        }
        try {
            List<SubBand> subBands = FrequencyPlans.byId(gw.frequencyPlanId()).band().subBands();
            List<DutyCycleLedger.Candidate> candidates = new ArrayList<>(windows.size());
            for (TxWindow w : windows) {
                long start = w.timestamp() < 0 ? System.nanoTime() : w.atNanos();
                candidates.add(new DutyCycleLedger.Candidate(w.frequencyHz(),
                        new Emission(start, DownlinkAirtime.nanos(w.datr(), w.codr(), phyLength))));
            }
            return ledger.reserveFirst(eui, true, subBands, candidates);
        } catch (LorawanException e) {
            // the gateway's plan or the window's radio fields are unusable: refuse rather than guess the airtime
            log.warn("gs.duty.plan." + eui, "gs.duty_cycle.unjudgeable gateway=" + eui + " error=\"" + e.getMessage() + "\"");
            return -1;
        }
    }
}
