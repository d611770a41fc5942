package io.longwave.network;

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
import io.longwave.network.session.NsDevice;
import io.longwave.network.session.NsDeviceKeys;
import io.longwave.network.session.SessionStore;
import io.longwave.platform.config.ServerSettings;
import io.longwave.platform.redis.RedisClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * OTAA on the Network Server's side: finds the device by JoinEUI/DevEUI, picks a DevAddr, asks the
 * Join Server for the join-accept and keys, starts the session, publishes {@code as.up.join.forward},
 * and has {@link JoinAcceptSender} send the join-accept.
 */
@ApplicationScoped
public class JoinRequestFlow {

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
    JoinEvents joinEvents;

    @Inject
    JoinAcceptSender accepts;

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
        joinEvents.sessionStarted(d, devAddr, sid);
        accepts.schedule(ref, devEui, d.frequencyPlanId(), uplink, outcome.joinAcceptPhy());
    }
}
