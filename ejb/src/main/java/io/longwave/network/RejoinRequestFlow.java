package io.longwave.network;

import io.longwave.join.JoinServer;
import io.longwave.join.core.CfListBuilder;
import io.longwave.join.core.CurrentSession;
import io.longwave.join.core.JoinOutcome;
import io.longwave.join.core.SessionKeys;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.frame.DlSettings;
import io.longwave.lorawan.frame.JoinServerRejoinRequest;
import io.longwave.lorawan.frame.NetworkRejoinRequest;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.plan.FrequencyPlan;
import io.longwave.lorawan.plan.FrequencyPlans;
import io.longwave.network.session.NsDevice;
import io.longwave.network.session.NsDeviceKeys;
import io.longwave.network.session.PendingSessions;
import io.longwave.platform.config.ServerSettings;
import io.longwave.platform.redis.RedisClient;
import io.longwave.platform.secrets.KeyVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;

/**
 * LoRaWAN 1.1 rejoin-requests on the Network Server's side (section 6.2.4).
 * <ul>
 * <li>Type 0 and 2 (NetID, DevEUI, RJcount0): the device is found by DevEUI and the MIC checked with
 * the SNwkSIntKey of its current session; RJcount0 must exceed the last one of that session
 * (compare-and-set on the device's hash). Type 0 gets a new DevAddr, type 2 keeps it (it only rekeys).</li>
 * <li>Type 1 (JoinEUI, DevEUI, RJcount1): found by JoinEUI/DevEUI; the Join Server checks the MIC with
 * JSIntKey and RJcount1. A new DevAddr.</li>
 * </ul>
 * The Join Server's join-accept goes out like a join's ({@link JoinAcceptSender}); the new session waits
 * in {@link PendingSessions} beside the current one until the device uses it. A refusal changes nothing.
 */
@ApplicationScoped
public class RejoinRequestFlow {

    /** Records RJcount0 only when it exceeds the last one of the same session. */
    private static final String RJ_COUNT0_CAS = "if redis.call('HGET', KEYS[1], 'sid') ~= ARGV[2] then return 0 end"
            + " local c = redis.call('HGET', KEYS[1], 'rj0')"
            + " if c == false or tonumber(c) < tonumber(ARGV[1]) then redis.call('HSET', KEYS[1], 'rj0', ARGV[1]) return 1 end"
            + " return 0";

    @Inject
    RedisClient redis;

    @Inject
    KeyVault vault;

    @Inject
    JoinServer joinServer;

    @Inject
    DevAddrAllocator addresses;

    @Inject
    PendingSessions pending;

    @Inject
    ServerSettings settings;

    @Inject
    JoinAcceptSender accepts;

    public void handle(DeduplicatedUplink uplink, PhyPayload frame, NetworkRejoinRequest request) throws UplinkRejected {
        String devEui = String.format("%016X", request.devEui());
        int netId = settings.get().netId().value();
        if (request.netId() != netId) {
            // roaming (forwarding to the device's home network) is not built
            throw new UplinkRejected(UplinkDrop.UNKNOWN_DEVICE, String.format(
                    "rejoin-request of %s names NetID %06X, not this network's", devEui, request.netId()));
        }
        List<NsDevice> candidates = load(redis.pool().smembers(NsDeviceKeys.devEui(devEui)));
        if (candidates.isEmpty()) {
            throw new UplinkRejected(UplinkDrop.UNKNOWN_DEVICE, "no device with DevEUI " + devEui + " in the Network Server");
        }
        List<NsDevice> v11 = candidates.stream().filter(NsDevice::lorawan11).toList();
        if (v11.isEmpty()) {
            throw new UplinkRejected(UplinkDrop.REJOIN_UNSUPPORTED, "rejoin-request from LoRaWAN 1.0 device " + devEui);
        }
        byte[] phy = uplink.phyPayload();
        NsDevice d = null;
        AesKey sNwkSIntKey = null;
        for (NsDevice c : v11) {
            if (!c.hasSession() || c.sNwkSIntKey() == null) {
                continue;
            }
            AesKey k = vault.unwrap(c.sNwkSIntKey());
            if (JoinMic.compute(new KeyContext(k), phy, 0, phy.length - PhyPayload.MIC_LENGTH) == frame.mic()) {
                d = c;
                sNwkSIntKey = k;
                break;
            }
        }
        if (d == null) {
            throw new UplinkRejected(UplinkDrop.MIC_FAILED, "rejoin-request type " + request.rejoinType() + " of " + devEui
                    + " matches no current session (" + v11.size() + " candidates)");
        }
        Object recorded = redis.pool().eval(RJ_COUNT0_CAS, List.of(NsDeviceKeys.device(d.ref())),
                List.of(Integer.toString(request.rjCount0()), d.sessionId()));
        if (!Long.valueOf(1).equals(recorded)) {
            throw new UplinkRejected(UplinkDrop.REJOIN_COUNT_REPLAY, "RJcount0 " + request.rjCount0() + " of " + d.ref()
                    + " does not exceed the last one of its session");
        }
        int devAddr = request.rejoinType() == 2 ? d.devAddr() : addresses.next();
        answer(uplink, d, devAddr, new CurrentSession(Long.parseUnsignedLong(d.joinEui(), 16), sNwkSIntKey));
    }

    public void handle(DeduplicatedUplink uplink, PhyPayload frame, JoinServerRejoinRequest request) throws UplinkRejected {
        String joinEui = String.format("%016X", request.joinEui());
        String devEui = String.format("%016X", request.devEui());
        String ref = redis.pool().get(NsDeviceKeys.euis(joinEui, devEui));
        NsDevice d = ref == null ? null : NsDevice.fromHash(ref, redis.pool().hgetAll(NsDeviceKeys.device(ref)));
        if (d == null) {
            throw new UplinkRejected(UplinkDrop.UNKNOWN_DEVICE, "no device " + joinEui + "/" + devEui + " in the Network Server");
        }
        if (!d.lorawan11()) {
            throw new UplinkRejected(UplinkDrop.REJOIN_UNSUPPORTED, "rejoin-request from LoRaWAN 1.0 device " + ref);
        }
        answer(uplink, d, addresses.next(), null);
    }

    private void answer(DeduplicatedUplink uplink, NsDevice d, int devAddr, CurrentSession session) throws UplinkRejected {
        FrequencyPlan plan;
        byte[] cfList;
        try {
            plan = FrequencyPlans.byId(d.frequencyPlanId());
            cfList = CfListBuilder.forPlan(plan);
        } catch (LorawanException e) {
            throw new UplinkRejected(UplinkDrop.JOIN_REJECTED, "frequency plan of " + d.ref() + ": " + e.getMessage());
        }
        // a type 2 device ignores DLSettings, RxDelay and CFList; they are filled all the same
        DlSettings dl = new DlSettings(true, 0, plan.rx2().dataRate());
        JoinOutcome outcome = joinServer.rejoin(d.joinEui(), d.devEui(), uplink.phyPayload(), d.macVersion(),
                settings.get().netId().value(), devAddr, dl, JoinRequestFlow.RX1_DELAY, cfList, session);
        SessionKeys k = outcome.sessionKeys();
        pending.store(d.ref(), devAddr, k.fNwkSIntKey(), k.sNwkSIntKey(), k.nwkSEncKey(), k.appSKey(),
                outcome.keepsRadioParameters());
        accepts.schedule(d.ref(), d.devEui(), d.frequencyPlanId(), uplink, outcome.joinAcceptPhy());
    }

    private List<NsDevice> load(Set<String> refs) {
        List<String> ordered = new ArrayList<>(refs);
        List<Response<Map<String, String>>> replies = new ArrayList<>(ordered.size());
        try (Pipeline p = redis.pool().pipelined()) {
            for (String ref : ordered) {
                replies.add(p.hgetAll(NsDeviceKeys.device(ref)));
            }
            p.sync();
        }
        List<NsDevice> out = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            NsDevice d = NsDevice.fromHash(ordered.get(i), replies.get(i).get());
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }
}
