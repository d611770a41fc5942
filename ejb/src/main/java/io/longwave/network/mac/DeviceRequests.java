package io.longwave.network.mac;

import io.longwave.lorawan.GpsTime;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.mac.BeaconTimingReq;
import io.longwave.lorawan.mac.DeviceModeConf;
import io.longwave.lorawan.mac.DeviceModeInd;
import io.longwave.lorawan.mac.DeviceTimeAns;
import io.longwave.lorawan.mac.DeviceTimeReq;
import io.longwave.lorawan.mac.LinkCheckAns;
import io.longwave.lorawan.mac.LinkCheckReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.PingSlotInfoAns;
import io.longwave.lorawan.mac.PingSlotInfoReq;
import io.longwave.lorawan.mac.RekeyConf;
import io.longwave.lorawan.mac.RekeyInd;
import io.longwave.lorawan.mac.ResetConf;
import io.longwave.lorawan.mac.ResetInd;
import io.longwave.lorawan.radio.DemodulationFloor;
import io.longwave.lorawan.region.DataRate;
import io.longwave.lorawan.region.Modulation;

/** Answers the commands a device initiates (…Req and …Ind); each answer goes into the next downlink. */
final class DeviceRequests {

    private static final int MAX_LINK_MARGIN = 254;
    private static final int MAX_GATEWAYS = 255;

    private DeviceRequests() {
    }

    /** False when {@code command} is not a device-initiated command. */
    static boolean handle(MacWork w, MacCommand command) {
        if (command instanceof LinkCheckReq) {
            w.answers.add(new LinkCheckAns(linkMargin(w), Math.min(MAX_GATEWAYS, Math.max(0, w.uplink.gatewayCount()))));
        } else if (command instanceof DeviceTimeReq) {
            w.answers.add(new DeviceTimeAns(GpsTime.seconds(w.uplink.receivedAt()),
                    GpsTime.fraction256(w.uplink.receivedAt())));
        } else if (command instanceof ResetInd ind) {
            if (!w.ctx.version().atLeast(LorawanVersion.V1_1)) {
                w.event(command.type(), "ignored");
                return true;
            }
            reset(w);
            w.answers.add(new ResetConf(Math.min(ind.minor(), w.ctx.version().minor())));
        } else if (command instanceof RekeyInd ind) {
            if (!w.ctx.version().atLeast(LorawanVersion.V1_1)) {
                w.event(command.type(), "ignored");
                return true;
            }
            w.answers.add(new RekeyConf(Math.min(ind.minor(), w.ctx.version().minor())));
        } else if (command instanceof DeviceModeInd ind) {
            w.deviceClass = ind.deviceClass() == DeviceModeInd.CLASS_C ? DeviceClass.C : DeviceClass.A;
            w.answers.add(new DeviceModeConf(ind.deviceClass()));
        } else if (command instanceof PingSlotInfoReq req) {
            w.current.pingSlotPeriodicity = req.periodicity();
            w.desired.pingSlotPeriodicity = req.periodicity();
            w.answers.add(new PingSlotInfoAns());
        } else if (command instanceof BeaconTimingReq) {
            // Deprecated since 1.0.3: devices find the beacon themselves, so no answer is owed.
            w.event(command.type(), "ignored");
            return true;
        } else {
            return false;
        }
        w.event(command.type(), "answer");
        return true;
    }

    /** dB above the demodulation floor of the uplink's DR, as LinkCheckAns carries it (0..254). */
    static int linkMargin(MacWork w) {
        try {
            DataRate rate = w.ctx.band().dataRate(w.uplink.dataRate());
            if (rate.modulation() != Modulation.LORA) {
                return 0;
            }
            double margin = DemodulationFloor.linkMarginDb(rate.spreadingFactor(), w.uplink.maxSnr());
            return (int) Math.max(0, Math.min(MAX_LINK_MARGIN, Math.floor(margin)));
        } catch (LorawanException e) {
            return 0;
        }
    }

    /** A 1.1 ABP device that reset runs on boot parameters again; unanswered requests are moot. */
    private static void reset(MacWork w) {
        MacParameters boot = MacDefaults.current(w.ctx);
        w.current = boot.toBuilder();
        w.desired = MacDefaults.desired(w.ctx, boot).toBuilder();
        w.pending.clear();
        w.resetAdrView();
        w.adrAckReqCount = 0;
        w.deviceClass = DeviceClass.A;
    }
}
