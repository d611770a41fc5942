package io.longwave.network;

import io.longwave.application.ApplicationUplinks;
import io.longwave.application.DownlinkQueue;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.FrameCounter;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.network.downlink.ClassADownlinks;
import io.longwave.network.session.NsDevice;
import io.longwave.network.session.NetworkKeys;
import io.longwave.network.session.SessionCandidates;
import io.longwave.network.session.UplinkStateCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    SessionCandidates sessions;

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
        List<SessionCandidates.Candidate> found = sessions.of(devAddr);
        if (found.isEmpty()) {
            throw new UplinkRejected(UplinkDrop.UNKNOWN_DEV_ADDR, String.format("no session with DevAddr %08X", devAddr));
        }
        Map<String, Map<String, String>> asDevices = new HashMap<>();
        List<NsDevice> candidates = new ArrayList<>(found.size());
        for (SessionCandidates.Candidate c : found) {
            candidates.add(NsDevice.fromHash(c.ref(), c.device()));
            asDevices.put(c.ref(), c.application());
        }
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
}
