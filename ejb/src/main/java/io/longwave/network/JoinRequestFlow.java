package io.longwave.network;

import io.longwave.platform.json.Jsonp;
import io.longwave.application.UplinkMessageJson;
import io.longwave.join.JoinServer;
import io.longwave.join.core.CfListBuilder;
import io.longwave.join.core.JoinOutcome;
import io.longwave.join.core.SessionKeys;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.frame.DlSettings;
import io.longwave.lorawan.frame.JoinRequest;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.plan.FrequencyPlan;
import io.longwave.lorawan.plan.FrequencyPlans;
import io.longwave.network.downlink.DownlinkTimers;
import io.longwave.network.downlink.DownlinkTransmitter;
import io.longwave.network.downlink.PendingDownlink;
import io.longwave.network.downlink.TxPlanner;
import io.longwave.network.session.NsDevice;
import io.longwave.network.session.NsDeviceKeys;
import io.longwave.network.session.SessionStore;
import io.longwave.platform.config.ServerSettings;
import io.longwave.platform.events.Event;
import io.longwave.platform.events.EventBus;
import io.longwave.platform.redis.RedisClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * OTAA on the Network Server's side: finds the device by JoinEUI/DevEUI, picks a DevAddr, asks the
 * Join Server for the join-accept and keys, starts the session, publishes {@code as.up.join.forward},
 * and sends the join-accept in RX1 (JoinAcceptDelay1, 5 s) on an EJB timer, with RX2 (6 s) as fallback.
 */
@ApplicationScoped
public class JoinRequestFlow {

    public static final int JOIN_ACCEPT_DELAY1 = 5;
    /** RX1 delay given to joined devices (the Regional Parameters default RECEIVE_DELAY1). */
    public static final int RX1_DELAY = 1;

    @Inject
    RedisClient redis;

    @Inject
    JoinServer joinServer;

    @Inject
    DevAddrAllocator addresses;

    @Inject
    SessionStore sessions;

    @Inject
    ServerSettings settings;

    @Inject
    EventBus events;

    @Inject
    DownlinkTimers timers;

    @Inject
    DownlinkTransmitter transmitter;

    private long leadMillis;

    @PostConstruct
    void init() {
        leadMillis = ConfigProvider.getConfig().getOptionalValue("lw.ns.downlink-lead-ms", Long.class).orElse(700L);
    }

    public void handle(DeduplicatedUplink uplink, PhyPayload phy, JoinRequest request) throws UplinkRejected {
        String joinEui = String.format("%016X", request.joinEui());
        String devEui = String.format("%016X", request.devEui());
        String ref = redis.pool().get(NsDeviceKeys.euis(joinEui, devEui));
        NsDevice d = ref == null ? null : NsDevice.fromHash(ref, redis.pool().hgetAll(NsDeviceKeys.device(ref)));
        if (d == null) {
            throw new UplinkRejected(UplinkDrop.UNKNOWN_DEVICE, "no device " + joinEui + "/" + devEui + " in the Network Server");
        }
        FrequencyPlan plan;
        byte[] cfList;
        try {
            plan = FrequencyPlans.byId(d.frequencyPlanId());
            cfList = CfListBuilder.forPlan(plan);
        } catch (LorawanException e) {
            throw new UplinkRejected(UplinkDrop.JOIN_REJECTED, "frequency plan of " + ref + ": " + e.getMessage());
        }
        int devAddr = addresses.next();
        DlSettings dl = new DlSettings(d.lorawan11(), 0, plan.rx2().dataRate());
        JoinOutcome outcome = joinServer.join(joinEui, devEui, uplink.phyPayload(), d.macVersion(),
                settings.get().netId().value(), devAddr, dl, RX1_DELAY, cfList);
        SessionKeys k = outcome.sessionKeys();
        String sid = sessions.start(ref, devAddr, k.fNwkSIntKey(), k.sNwkSIntKey(), k.nwkSEncKey(), k.appSKey());
        publishJoin(d, devAddr, sid);
        long rx1At = uplink.firstReceivedNanos() + JOIN_ACCEPT_DELAY1 * 1_000_000_000L;
        long fireIn = (rx1At - System.nanoTime()) / 1_000_000 - leadMillis;
        timers.after(fireIn, () -> sendAccept(ref, d.frequencyPlanId(), uplink, outcome.joinAcceptPhy()));
    }

    private void sendAccept(String ref, String fp, DeduplicatedUplink uplink, byte[] accept) {
        RxMetadata gw = transmitter.bestReachable(uplink.metadata()).orElse(null);
        if (gw == null) {
            return;
        }
        try {
            TxPlanner.Choice choice = TxPlanner.classA(fp, gw, uplink.settings(), 0, JOIN_ACCEPT_DELAY1,
                    uplink.firstReceivedNanos());
            if (choice != null) {
                transmitter.send(new PendingDownlink(DownlinkTransmitter.newId(), ref, null, -1, accept, choice.first(),
                        choice.fallback(), System.nanoTime()));
            }
        } catch (LorawanException e) {
            // the plan was valid at join time; nothing to send if it no longer is
        }
    }

    private void publishJoin(NsDevice d, int devAddr, String sid) {
        Instant now = Instant.now();
        JsonObject ids = UplinkMessageJson.deviceIds(d.applicationId(), d.deviceId(), d.devEui(), d.joinEui(), devAddr);
        List<String> correlation = List.of("as:up:" + UUID.randomUUID(), "ns:join:" + sid);
        JsonObject up = Jsonp.createObjectBuilder()
                .add("end_device_ids", ids)
                .add("correlation_ids", Jsonp.createArrayBuilder(correlation))
                .add("received_at", now.toString())
                .add("join_accept", Jsonp.createObjectBuilder().add("session_key_id", sid).add("received_at", now.toString()))
                .build();
        events.publish(new Event("as.up.join.forward", now, d.applicationId(), ids, up, correlation));
    }
}
