package io.longwave.network.mac;

import io.longwave.lorawan.mac.AdrParamSetupAns;
import io.longwave.lorawan.mac.AdrParamSetupReq;
import io.longwave.lorawan.mac.BeaconFreqAns;
import io.longwave.lorawan.mac.DevStatusAns;
import io.longwave.lorawan.mac.DlChannelAns;
import io.longwave.lorawan.mac.DlChannelReq;
import io.longwave.lorawan.mac.DutyCycleAns;
import io.longwave.lorawan.mac.DutyCycleReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandType;
import io.longwave.lorawan.mac.NewChannelAns;
import io.longwave.lorawan.mac.NewChannelReq;
import io.longwave.lorawan.mac.PingSlotChannelAns;
import io.longwave.lorawan.mac.PingSlotChannelReq;
import io.longwave.lorawan.mac.RejoinParamSetupAns;
import io.longwave.lorawan.mac.RejoinParamSetupReq;
import io.longwave.lorawan.mac.RxParamSetupAns;
import io.longwave.lorawan.mac.RxParamSetupReq;
import io.longwave.lorawan.mac.RxTimingSetupAns;
import io.longwave.lorawan.mac.RxTimingSetupReq;
import io.longwave.lorawan.mac.TxParamSetupAns;
import io.longwave.lorawan.mac.TxParamSetupReq;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches the device's answers (except LinkADRAns, see {@link LinkAdrAnswer}) to the pending requests and
 * commits what was accepted. A refused request is given up (desired := current) so it is not resent forever.
 */
final class DeviceAnswers {

    private DeviceAnswers() {
    }

    /** False when {@code command} is not an answer this class knows. */
    static boolean handle(MacWork w, MacCommand command) {
        MacCommandType type = command.type();
        if (command instanceof RxParamSetupAns || command instanceof RxTimingSetupAns
                || command instanceof DlChannelAns) {
            // Sticky: the device repeats these in every uplink until it receives a downlink.
            w.stickyAnswerSeen = true;
        }
        if (command instanceof DevStatusAns ans) {
            w.takePending(MacCommandType.DEV_STATUS_REQ);
            w.lastDevStatus = Optional.of(new DevStatus(ans.battery(), ans.margin(),
                    w.uplink.receivedAt().truncatedTo(ChronoUnit.MILLIS), w.uplink.fCnt())); // as stored
            w.uplinksSinceDevStatus = 0;
            w.event(type, "answer");
            return true;
        }
        MacCommand request = w.takePending(requestType(type));
        if (request == null && requestType(type) != null) {
            w.event(type, command instanceof RxParamSetupAns || command instanceof RxTimingSetupAns
                    || command instanceof DlChannelAns ? "answer.repeat" : "answer.unexpected");
            return true;
        }
        boolean accepted;
        if (command instanceof DutyCycleAns) {
            w.current.maxDutyCycle = ((DutyCycleReq) request).maxDutyCycle();
            accepted = true;
        } else if (command instanceof RxParamSetupAns ans) {
            accepted = rxParamSetup(w, (RxParamSetupReq) request, ans);
        } else if (command instanceof RxTimingSetupAns) {
            w.current.rx1Delay = ((RxTimingSetupReq) request).delay();
            accepted = true;
        } else if (command instanceof TxParamSetupAns) {
            TxParamSetupReq req = (TxParamSetupReq) request;
            w.current.uplinkDwellTime = req.uplinkDwellTime();
            w.current.downlinkDwellTime = req.downlinkDwellTime();
            w.current.maxEirpIndex = req.maxEirp();
            accepted = true;
        } else if (command instanceof NewChannelAns ans) {
            accepted = newChannel(w, (NewChannelReq) request, ans);
        } else if (command instanceof DlChannelAns ans) {
            accepted = dlChannel(w, (DlChannelReq) request, ans);
        } else if (command instanceof AdrParamSetupAns) {
            AdrParamSetupReq req = (AdrParamSetupReq) request;
            w.current.adrAckLimitExponent = req.limitExponent();
            w.current.adrAckDelayExponent = req.delayExponent();
            accepted = true;
        } else if (command instanceof RejoinParamSetupAns ans) {
            RejoinParamSetupReq req = (RejoinParamSetupReq) request;
            w.current.rejoinCountExponent = req.maxCountN();
            if (ans.timeOk()) {
                w.current.rejoinTimeExponent = req.maxTimeN();
            } else {
                // The device cannot rejoin by time; only the count part took effect.
                w.desired.rejoinTimeExponent = w.current.rejoinTimeExponent;
            }
            accepted = ans.timeOk();
        } else if (command instanceof PingSlotChannelAns ans) {
            PingSlotChannelReq req = (PingSlotChannelReq) request;
            accepted = ans.dataRateOk() && ans.channelFrequencyOk();
            if (accepted) {
                w.current.pingSlotFrequencyHz = req.frequencyHz();
                w.current.pingSlotDataRate = req.dataRate();
            } else {
                w.desired.pingSlotFrequencyHz = w.current.pingSlotFrequencyHz;
                w.desired.pingSlotDataRate = w.current.pingSlotDataRate;
            }
        } else if (command instanceof BeaconFreqAns ans) {
            accepted = ans.beaconFrequencyOk();
        } else {
            return false;
        }
        w.event(type, accepted ? "answer.accept" : "answer.reject");
        return true;
    }

    private static boolean rxParamSetup(MacWork w, RxParamSetupReq req, RxParamSetupAns ans) {
        boolean ok = ans.rx1DrOffsetAck() && ans.rx2DataRateAck() && ans.channelAck();
        if (ok) {
            w.current.rx1DrOffset = req.rx1DrOffset();
            w.current.rx2DataRate = req.rx2DataRate();
            w.current.rx2FrequencyHz = req.frequencyHz();
        } else {
            w.desired.rx1DrOffset = w.current.rx1DrOffset;
            w.desired.rx2DataRate = w.current.rx2DataRate;
            w.desired.rx2FrequencyHz = w.current.rx2FrequencyHz;
        }
        return ok;
    }

    private static boolean newChannel(MacWork w, NewChannelReq req, NewChannelAns ans) {
        boolean ok = ans.dataRateRangeOk() && ans.channelFrequencyOk();
        int i = req.channelIndex();
        if (ok) {
            MacChannel added = req.frequencyHz() == 0
                    ? new MacChannel(0, 0, 0, 0, false)
                    : MacChannel.of(req.frequencyHz(), req.minDataRate(), req.maxDataRate());
            w.current.channels = trim(set(w.current.channels, i, added));
        } else {
            MacChannel have = i < w.current.channels.size() ? w.current.channels.get(i) : null;
            w.desired.channels = trim(set(w.desired.channels, i, have == null ? new MacChannel(0, 0, 0, 0, false) : have));
        }
        return ok;
    }

    private static boolean dlChannel(MacWork w, DlChannelReq req, DlChannelAns ans) {
        boolean ok = ans.uplinkFrequencyExists() && ans.channelFrequencyOk();
        int i = req.channelIndex();
        if (ok && i < w.current.channels.size()) {
            w.current.channels = set(w.current.channels, i, w.current.channels.get(i).withDownlinkFrequency(req.frequencyHz()));
        } else if (!ok && i < w.desired.channels.size()) {
            long have = i < w.current.channels.size() ? w.current.channels.get(i).downlinkFrequencyHz() : 0;
            w.desired.channels = set(w.desired.channels, i, w.desired.channels.get(i).withDownlinkFrequency(have));
        }
        return ok;
    }

    static MacCommandType requestType(MacCommandType answer) {
        return switch (answer) {
            case DUTY_CYCLE_ANS -> MacCommandType.DUTY_CYCLE_REQ;
            case RX_PARAM_SETUP_ANS -> MacCommandType.RX_PARAM_SETUP_REQ;
            case NEW_CHANNEL_ANS -> MacCommandType.NEW_CHANNEL_REQ;
            case RX_TIMING_SETUP_ANS -> MacCommandType.RX_TIMING_SETUP_REQ;
            case TX_PARAM_SETUP_ANS -> MacCommandType.TX_PARAM_SETUP_REQ;
            case DL_CHANNEL_ANS -> MacCommandType.DL_CHANNEL_REQ;
            case ADR_PARAM_SETUP_ANS -> MacCommandType.ADR_PARAM_SETUP_REQ;
            case REJOIN_PARAM_SETUP_ANS -> MacCommandType.REJOIN_PARAM_SETUP_REQ;
            case PING_SLOT_CHANNEL_ANS -> MacCommandType.PING_SLOT_CHANNEL_REQ;
            case BEACON_FREQ_ANS -> MacCommandType.BEACON_FREQ_REQ;
            default -> null;
        };
    }

    private static List<MacChannel> set(List<MacChannel> channels, int index, MacChannel channel) {
        List<MacChannel> out = new ArrayList<>(channels);
        while (out.size() <= index) {
            out.add(new MacChannel(0, 0, 0, 0, false));
        }
        out.set(index, channel);
        return out;
    }

    /** Removed channels at the end of the list do not exist for the device. */
    private static List<MacChannel> trim(List<MacChannel> channels) {
        List<MacChannel> out = new ArrayList<>(channels);
        while (!out.isEmpty() && out.get(out.size() - 1).frequencyHz() == 0) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
