package io.longwave.network;

import io.longwave.application.ApplicationUplinks;
import io.longwave.application.AsDeviceMirror;
import io.longwave.application.DownlinkQueue;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.FrameCounter;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.network.downlink.ClassADownlinks;
import io.longwave.network.session.NsDevice;
import io.longwave.network.session.NsDeviceKeys;
import io.longwave.network.session.NetworkKeys;
import io.longwave.network.session.UplinkStateCommit;
import io.longwave.platform.redis.RedisClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;

/**
 * A data uplink after dedup: finds the session among those sharing the DevAddr by MIC, rebuilds the
 * 32-bit FCnt, refuses replays, runs the MAC layer, records the counter with the MAC state
 * ({@link UplinkStateCommit}: compare-and-set, so a replay racing on another node loses), then hands
 * the frame to the Application Server and the class A downlink decision. Three Redis round trips
 * (DevAddr set, sessions, commit; the event leaves through the event bus's outbox), nothing relational.
 */
@ApplicationScoped
public class DataUplinkHandler {

    private static final FrameCounter FCNT = FrameCounter.withDefaultGap();

    @Inject
    RedisClient redis;

    @Inject
    io.longwave.platform.secrets.KeyVault vault;

    @Inject
    ApplicationUplinks application;

    @Inject
    MacLayer macLayer;

    @Inject
    ClassADownlinks downlinks;

    @Inject
    UplinkStateCommit commit;

    public void handle(DeduplicatedUplink uplink, PhyPayload phy, DataFrame frame) throws UplinkRejected {
        int devAddr = frame.fHdr().devAddr();
        Set<String> refs = redis.pool().smembers(NsDeviceKeys.devAddr(devAddr));
        if (refs.isEmpty()) {
            throw new UplinkRejected(UplinkDrop.UNKNOWN_DEV_ADDR, String.format("no session with DevAddr %08X", devAddr));
        }
        Map<String, Map<String, String>> asDevices = new HashMap<>();
        List<NsDevice> candidates = load(refs, asDevices);
        byte[] bytes = uplink.phyPayload();
        int micLength = bytes.length - PhyPayload.MIC_LENGTH;
        boolean gapSeen = false;
        for (NsDevice d : candidates) {
            if (d == null || !d.hasSession() || d.devAddr() != devAddr) {
                continue;
            }
            NetworkKeys k = NetworkKeys.of(d, vault);
            long last = Math.max(0, d.lastFCntUp());
            long fCnt;
            boolean reset = false;
            try {
                fCnt = FCNT.rebuild(last, frame.fHdr().fCnt());
            } catch (LorawanException e) {
                gapSeen = true;
                if (!d.resetsFCnt()) {
                    continue;
                }
                // resets_f_cnt: a counter far behind the last one is a device that restarted (ABP)
                fCnt = frame.fHdr().fCnt();
                reset = true;
            }
            if (mic(d, k, uplink, frame, fCnt, bytes, micLength) != phy.mic()) {
                if (!d.resetsFCnt() || mic(d, k, uplink, frame, frame.fHdr().fCnt(), bytes, micLength) != phy.mic()) {
                    continue;
                }
                fCnt = frame.fHdr().fCnt();
                reset = true;
            }
            if (d.lastFCntUp() >= 0 && fCnt <= d.lastFCntUp() && !reset) {
                throw new UplinkRejected(UplinkDrop.FCNT_REPLAY, "FCnt " + fCnt + " of " + d.ref()
                        + " is not above the last accepted " + d.lastFCntUp());
            }
            AcceptedUplink accepted = new AcceptedUplink(d, k, uplink, phy, frame, fCnt, asDevices.get(d.ref()));
            MacLayer.Result mac = macLayer.process(accepted);
            Map<String, String> fields = new HashMap<>(mac.stateFields());
            fields.putAll(ClassADownlinks.lastGatewayFields(uplink.metadata()));
            long queued = commit.commit(d.ref(), d.sessionId(), fCnt, reset, ClassADownlinks.settles(d), fields,
                    DownlinkQueue.key(d.ref()));
            if (queued < 0) {
                throw new UplinkRejected(UplinkDrop.FCNT_REPLAY, "FCnt " + fCnt + " of " + d.ref() + " already taken");
            }
            application.forward(accepted);
            downlinks.afterUplink(accepted, mac, queued);
            return;
        }
        throw new UplinkRejected(gapSeen ? UplinkDrop.FCNT_GAP : UplinkDrop.MIC_FAILED,
                String.format("no session with DevAddr %08X matches the MIC (%d candidates)", devAddr, candidates.size()));
    }

    private static int mic(NsDevice d, NetworkKeys k, DeduplicatedUplink uplink, DataFrame frame,
                           long fCnt, byte[] bytes, int len) {
        if (!d.lorawan11()) {
            return DataMic.legacy(k.fNwkSIntKey(), Direction.UPLINK, frame.fHdr().devAddr(), fCnt, bytes, 0, len);
        }
        int confFCnt = frame.fHdr().fCtrl().ack() ? (int) (d.confFCntDown() & 0xFFFF) : 0;
        return DataMic.uplink11(k.fNwkSIntKey(), k.sNwkSIntKey(), confFCnt, uplink.settings().dataRateIndex(),
                PlanChannels.index(d.frequencyPlanId(), uplink.settings().frequencyHz()), frame.fHdr().devAddr(), fCnt, bytes, 0, len);
    }

    /** Reads every candidate's session, and its Application Server hash, in one pipelined round trip. */
    private List<NsDevice> load(Set<String> refs, Map<String, Map<String, String>> asDevices) {
        List<String> ordered = new ArrayList<>(refs);
        List<Response<Map<String, String>>> ns = new ArrayList<>(ordered.size());
        List<Response<Map<String, String>>> as = new ArrayList<>(ordered.size());
        try (Pipeline p = redis.pool().pipelined()) {
            for (String ref : ordered) {
                ns.add(p.hgetAll(NsDeviceKeys.device(ref)));
                as.add(p.hgetAll(AsDeviceMirror.key(ref)));
            }
            p.sync();
        }
        List<NsDevice> out = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            out.add(NsDevice.fromHash(ordered.get(i), ns.get(i).get()));
            asDevices.put(ordered.get(i), as.get(i).get());
        }
        return out;
    }

}
