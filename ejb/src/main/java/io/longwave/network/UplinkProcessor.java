package io.longwave.network;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.JoinServerRejoinRequest;
import io.longwave.lorawan.frame.NetworkRejoinRequest;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.frame.PhyPayloadDecoder;
import io.longwave.platform.logging.RateLimitedLog;
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
 * The Network Server's entry after dedup: decodes the PHYPayload and sends it to the data-uplink,
 * join or rejoin path. Drops are counted per reason ({@code ns_uplink_dropped_total}) and logged at a limited rate.
 */
@ApplicationScoped
public class UplinkProcessor {

    private static final Logger LOG = Logger.getLogger(UplinkProcessor.class.getName());

    @Inject
    DataUplinkHandler data;

    @Inject
    JoinRequestFlow joins;

    @Inject
    RejoinRequestFlow rejoins;

    @Inject
    RejoinSessionSwitch rejoinSessions;

    @Inject
    MetricRegistry metrics;

    private final RateLimitedLog log = new RateLimitedLog(LOG, 10_000);
    private final Map<UplinkDrop, Counter> drops = new EnumMap<>(UplinkDrop.class);
    private Counter accepted;

    @PostConstruct
    void init() {
        for (UplinkDrop d : UplinkDrop.values()) {
            drops.put(d, metrics.counter("ns_uplink_dropped", new Tag("reason", d.name().toLowerCase())));
        }
        accepted = metrics.counter("ns_uplink_accepted");
    }

    public void process(DeduplicatedUplink uplink) {
        PhyPayload phy;
        try {
            phy = PhyPayloadDecoder.decode(uplink.phyPayload());
        } catch (LorawanException e) {
            drop(UplinkDrop.UNDECODABLE, e.getMessage());
            return;
        }
        try {
            if (phy.macPayload() instanceof DataFrame frame && phy.mHdr().mType().direction() == io.longwave.lorawan.Direction.UPLINK) {
                handleData(uplink, phy, frame);
            } else if (phy.macPayload() instanceof io.longwave.lorawan.frame.JoinRequest request) {
                joins.handle(uplink, phy, request);
            } else if (phy.macPayload() instanceof NetworkRejoinRequest request) {
                rejoins.handle(uplink, phy, request);
            } else if (phy.macPayload() instanceof JoinServerRejoinRequest request) {
                rejoins.handle(uplink, phy, request);
            } else {
                throw new UplinkRejected(UplinkDrop.UNSUPPORTED, phy.mHdr().mType() + " is not handled");
            }
            accepted.inc();
        } catch (UplinkRejected e) {
            drop(e.reason(), e.getMessage());
        }
    }

    /** A frame no current session takes may be the first of a session a rejoin announced. */
    private void handleData(DeduplicatedUplink uplink, PhyPayload phy, DataFrame frame) throws UplinkRejected {
        try {
            data.handle(uplink, phy, frame);
        } catch (UplinkRejected e) {
            boolean noSession = e.reason() == UplinkDrop.UNKNOWN_DEV_ADDR || e.reason() == UplinkDrop.MIC_FAILED
                    || e.reason() == UplinkDrop.FCNT_GAP;
            if (!noSession || !rejoinSessions.activate(uplink, phy, frame)) {
                throw e;
            }
            data.handle(uplink, phy, frame);
        }
    }

    private void drop(UplinkDrop reason, String detail) {
        drops.get(reason).inc();
        log.warn("ns.drop." + reason, "ns.uplink.drop reason=" + reason.name().toLowerCase() + " detail=\"" + detail + "\"");
    }
}
