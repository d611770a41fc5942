package io.longwave.network.mac;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.mac.AdrParamSetupReq;
import io.longwave.lorawan.mac.DevStatusReq;
import io.longwave.lorawan.mac.DlChannelReq;
import io.longwave.lorawan.mac.DutyCycleReq;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandType;
import io.longwave.lorawan.mac.NewChannelReq;
import io.longwave.lorawan.mac.RejoinParamSetupReq;
import io.longwave.lorawan.mac.RxParamSetupReq;
import io.longwave.lorawan.mac.RxTimingSetupReq;
import io.longwave.lorawan.mac.TxParamSetupReq;
import io.longwave.lorawan.region.Band;
import io.longwave.lorawan.region.ChMaskBlock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Derives the requests the network initiates from the difference between desired and current parameters, so a
 * lost request is simply derived again on the next uplink. Order matters: channels are created before the
 * LinkADRReq whose mask enables them.
 */
final class RequestPlanner {

    private RequestPlanner() {
    }

    static List<MacCommand> plan(MacWork w) {
        List<MacCommand> out = new ArrayList<>();
        MacParameters.Builder cur = w.current;
        MacParameters.Builder des = w.desired;
        Band band = w.ctx.band();
        LorawanVersion version = w.ctx.version();
        if (BandFeatures.dynamicChannels(band)) {
            newChannels(band, cur.channels, des.channels, out);
            if (version.atLeast(LorawanVersion.V1_0_2)) {
                dlChannels(cur.channels, des.channels, out);
            }
        }
        linkAdr(w, out);
        if (cur.maxDutyCycle != des.maxDutyCycle) {
            out.add(new DutyCycleReq(des.maxDutyCycle));
        }
        if (cur.rx1DrOffset != des.rx1DrOffset || cur.rx2DataRate != des.rx2DataRate
                || cur.rx2FrequencyHz != des.rx2FrequencyHz) {
            out.add(new RxParamSetupReq(des.rx1DrOffset, des.rx2DataRate, des.rx2FrequencyHz));
        }
        if (cur.rx1Delay != des.rx1Delay) {
            out.add(new RxTimingSetupReq(des.rx1Delay));
        }
        if (BandFeatures.supportsTxParamSetup(band) && version.atLeast(LorawanVersion.V1_0_2)
                && (cur.uplinkDwellTime != des.uplinkDwellTime || cur.downlinkDwellTime != des.downlinkDwellTime
                        || cur.maxEirpIndex != des.maxEirpIndex)) {
            out.add(new TxParamSetupReq(des.downlinkDwellTime, des.uplinkDwellTime, des.maxEirpIndex));
        }
        if (version.atLeast(LorawanVersion.V1_1)) {
            if (cur.adrAckLimitExponent != des.adrAckLimitExponent
                    || cur.adrAckDelayExponent != des.adrAckDelayExponent) {
                out.add(new AdrParamSetupReq(des.adrAckLimitExponent, des.adrAckDelayExponent));
            }
            if (des.rejoinTimeExponent >= 0 && des.rejoinCountExponent >= 0
                    && (cur.rejoinTimeExponent != des.rejoinTimeExponent
                            || cur.rejoinCountExponent != des.rejoinCountExponent)) {
                out.add(new RejoinParamSetupReq(des.rejoinTimeExponent, des.rejoinCountExponent));
            }
        }
        if (devStatusDue(w)) {
            out.add(new DevStatusReq());
        }
        return out;
    }

    /** Channels beyond the band's defaults may be created, changed or (frequency 0) removed. */
    private static void newChannels(Band band, List<MacChannel> cur, List<MacChannel> des, List<MacCommand> out) {
        int fixed = band.defaultChannels().size();
        for (int i = fixed; i < Math.max(cur.size(), des.size()); i++) {
            MacChannel have = i < cur.size() ? cur.get(i) : null;
            MacChannel want = i < des.size() ? des.get(i) : null;
            boolean wantExists = want != null && want.frequencyHz() != 0;
            boolean haveExists = have != null && have.frequencyHz() != 0;
            if (wantExists && !want.sameDefinition(have)) {
                out.add(new NewChannelReq(i, want.frequencyHz(), want.minDataRate(), want.maxDataRate()));
            } else if (!wantExists && haveExists) {
                out.add(new NewChannelReq(i, 0, 0, 0));
            }
        }
    }

    private static void dlChannels(List<MacChannel> cur, List<MacChannel> des, List<MacCommand> out) {
        for (int i = 0; i < des.size(); i++) {
            long want = des.get(i).downlinkFrequencyHz();
            long have = i < cur.size() ? cur.get(i).downlinkFrequencyHz() : 0;
            if (want != 0 && want != have && des.get(i).frequencyHz() != 0) {
                out.add(new DlChannelReq(i, want));
            }
        }
    }

    /** One LinkADRReq per mask block; since 1.0.2 the device applies the block atomically with the last DR/power. */
    private static void linkAdr(MacWork w, List<MacCommand> out) {
        MacParameters.Builder cur = w.current;
        MacParameters.Builder des = w.desired;
        BitSet want = ChannelMaskApplier.enabled(des.channels);
        boolean maskDiffers = !want.equals(ChannelMaskApplier.enabled(afterNewChannels(w.ctx.band(), cur.channels,
                des.channels)));
        if (!maskDiffers && cur.adrDataRate == des.adrDataRate && cur.adrTxPower == des.adrTxPower
                && cur.adrNbTrans == des.adrNbTrans) {
            return;
        }
        List<ChMaskBlock> blocks;
        try {
            blocks = w.ctx.band().channelMaskBlocks(want);
        } catch (LorawanException e) {
            w.event(MacCommandType.LINK_ADR_REQ, "skip");
            return;
        }
        for (ChMaskBlock b : blocks) {
            out.add(new LinkAdrReq(des.adrDataRate, des.adrTxPower, b.chMask(), b.chMaskCntl(), des.adrNbTrans));
        }
    }

    /** The device's channels once the NewChannelReqs took effect: a created channel starts enabled. */
    private static List<MacChannel> afterNewChannels(Band band, List<MacChannel> cur, List<MacChannel> des) {
        if (!BandFeatures.dynamicChannels(band)) {
            return cur;
        }
        List<MacChannel> out = new ArrayList<>();
        for (int i = 0; i < des.size(); i++) {
            MacChannel have = i < cur.size() ? cur.get(i) : null;
            MacChannel want = des.get(i);
            out.add(have != null && have.sameDefinition(want) ? have : want.withEnabled(want.frequencyHz() != 0));
        }
        return out;
    }

    /** Every status_count_periodicity uplinks or status_time_periodicity since the last answer (or session start). */
    static boolean devStatusDue(MacWork w) {
        MacSettings s = w.ctx.settings();
        if (s.statusCountPeriodicity() > 0 && w.uplinksSinceDevStatus >= s.statusCountPeriodicity()) {
            return true;
        }
        Duration period = s.statusTimePeriodicity();
        if (period.isZero() || period.isNegative()) {
            return false;
        }
        var since = w.lastDevStatus.map(DevStatus::receivedAt).orElse(w.sessionStartedAt);
        return since != null && !w.ctx.now().isBefore(since.plus(period));
    }
}
