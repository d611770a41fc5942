package io.longwave.network;

import io.longwave.lorawan.FrameCounter;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.network.session.PendingSessions;
import io.longwave.platform.secrets.KeyVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Switches a device to the session a rejoin announced once it sends a data uplink with it: the network
 * keeps the old context until then (LoRaWAN 1.1 section 6.2.4), so a device that missed the
 * join-accept goes on working. Asked only about uplinks that no current session accepted, so the
 * usual path pays nothing; such an uplink costs one more SMEMBERS.
 */
@ApplicationScoped
public class RejoinSessionSwitch {

    private static final FrameCounter FCNT = FrameCounter.withDefaultGap();

    @Inject
    PendingSessions pending;

    @Inject
    KeyVault vault;

    @Inject
    JoinEvents joinEvents;

    /**
     * @return true when a pending session's MIC matches the frame and that session is now the current
     *         one, so that the frame can go through the data path again
     */
    public boolean activate(DeduplicatedUplink uplink, PhyPayload phy, DataFrame frame) {
        int devAddr = frame.fHdr().devAddr();
        for (PendingSessions.Pending p : pending.withDevAddr(devAddr)) {
            long fCnt;
            try {
                // a new session counts from 0
                fCnt = FCNT.rebuild(0, frame.fHdr().fCnt());
            } catch (LorawanException e) {
                continue;
            }
            byte[] b = uplink.phyPayload();
            // no confirmed downlink exists in the new session yet, so ConfFCnt is 0
            int mic = DataMic.uplink11(new KeyContext(vault.unwrap(p.fNwkSIntKey())), new KeyContext(vault.unwrap(p.sNwkSIntKey())),
                    0, uplink.settings().dataRateIndex(), PlanChannels.index(p.device().frequencyPlanId(),
                            uplink.settings().frequencyHz()), devAddr, fCnt, b, 0, b.length - PhyPayload.MIC_LENGTH);
            if (mic == phy.mic() && pending.promote(p)) {
                joinEvents.sessionStarted(p.device(), devAddr, p.sessionId());
                return true;
            }
        }
        return false;
    }
}
