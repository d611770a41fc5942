package io.longwave.network;

import io.longwave.application.ApplicationUplinks;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.FrameCounter;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.network.session.NsDevice;
import io.longwave.network.session.NsDeviceKeys;
import io.longwave.network.session.NetworkKeys;
import io.longwave.platform.redis.RedisClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Response;

/**
 * A data uplink after dedup: finds the session among those sharing the DevAddr by MIC, rebuilds the
 * 32-bit FCnt, refuses replays, records the counter (compare-and-set in Redis, so a replay racing
 * on another node loses), then hands the frame to the MAC layer, the Application Server and the
 * class A downlink decision. Reads Redis only; nothing relational.
 */
@ApplicationScoped
public class DataUplinkHandler {

    /** Sets fcnt_up only when the new value is higher (or the session was reset), atomically. */
    private static final String FCNT_CAS = "local c = redis.call('HGET', KEYS[1], 'fcnt_up')"
            + " if redis.call('HGET', KEYS[1], 'sid') ~= ARGV[2] then return 0 end"
            + " if (c == false) or (tonumber(c) < tonumber(ARGV[1])) or (ARGV[3] == '1')"
            + " then redis.call('HSET', KEYS[1], 'fcnt_up', ARGV[1]) return 1 end return 0";

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
    io.longwave.network.downlink.ClassADownlinks downlinks;

    public void handle(DeduplicatedUplink uplink, PhyPayload phy, DataFrame frame) throws UplinkRejected {
        int devAddr = frame.fHdr().devAddr();
        Set<String> refs = redis.pool().smembers(NsDeviceKeys.devAddr(devAddr));
        if (refs.isEmpty()) {
            throw new UplinkRejected(UplinkDrop.UNKNOWN_DEV_ADDR, String.format("no session with DevAddr %08X", devAddr));
        }
        List<NsDevice> candidates = load(refs);
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
            Object set = redis.pool().eval(FCNT_CAS, List.of(NsDeviceKeys.device(d.ref())),
                    List.of(Long.toString(fCnt), d.sessionId(), reset ? "1" : "0"));
            if (!Long.valueOf(1).equals(set)) {
                throw new UplinkRejected(UplinkDrop.FCNT_REPLAY, "FCnt " + fCnt + " of " + d.ref() + " already taken");
            }
            AcceptedUplink accepted = new AcceptedUplink(d, k, uplink, phy, frame, fCnt);
            MacLayer.Result mac = macLayer.process(accepted);
            application.forward(accepted);
            downlinks.afterUplink(accepted, mac);
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
            out.add(NsDevice.fromHash(ordered.get(i), replies.get(i).get()));
        }
        return out;
    }

}
