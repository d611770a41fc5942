package io.longwave.network.mac;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.mac.DevStatusReq;
import io.longwave.lorawan.mac.ForceRejoinReq;
import io.longwave.lorawan.mac.LinkAdrAns;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.ResetConf;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Network Server's MAC layer for one uplink: answers the device, commits what it acknowledged, runs ADR and
 * derives the next requests. Stateless; all state travels in {@link MacState}.
 */
public final class MacEngine {

    public MacOutcome onUplink(MacContext ctx, MacState state, List<MacCommand> fromDevice, UplinkInfo uplink) {
        MacWork w = new MacWork(ctx, state, uplink);
        for (int i = 0; i < fromDevice.size();) {
            MacCommand c = fromDevice.get(i);
            if (c instanceof LinkAdrAns) {
                i += LinkAdrAnswer.handle(w, fromDevice, i);
                continue;
            }
            if (!DeviceRequests.handle(w, c) && !DeviceAnswers.handle(w, c)) {
                w.event(c.type(), "unhandled");
            }
            i++;
        }
        for (PendingRequest lost : w.pending) {
            w.event(lost.command().type(), "request.unanswered");
        }
        w.pending.clear();

        observe(w);
        runAdr(w);
        w.uplinksSinceDevStatus++;

        List<MacCommand> downlink = new ArrayList<>(w.answers);
        List<MacCommand> queued = List.copyOf(w.queued);
        List<MacCommand> requests = new ArrayList<>(queued);
        w.queued.clear();
        for (MacCommand planned : RequestPlanner.plan(w)) {
            // An API-queued request of the same kind already covers it.
            if (queued.stream().noneMatch(q -> q.type() == planned.type())) {
                requests.add(planned);
            }
        }
        for (MacCommand r : requests) {
            if (MacEvents.expectsAnswer(r.type())) {
                w.pending.add(new PendingRequest(r, uplink.fCnt(), ctx.now()));
            }
            w.event(r.type(), "request");
        }
        downlink.addAll(requests);
        // ADRACKReq and confirmed uplinks need any downlink; sticky answers repeat until one arrives.
        boolean required = uplink.adrAckReq() || uplink.confirmed() || w.stickyAnswerSeen || !downlink.isEmpty();
        return new MacOutcome(w.toState(), downlink, required, w.events);
    }

    /**
     * The device may change DR on its own: with the ADR bit off it chooses freely, and on ADR backoff (ADRACKReq
     * unanswered) it first goes to full power, then slows down. ADR then starts afresh from what it sees.
     */
    private static void observe(MacWork w) {
        UplinkInfo up = w.uplink;
        w.adrAckReqCount = up.adrAckReq() ? w.adrAckReqCount + 1 : 0;
        if (up.dataRate() != w.current.adrDataRate) {
            w.current.adrDataRate = up.dataRate();
            if (up.adrAckReq()) {
                w.current.adrTxPower = 0;
            }
            w.desired.adrDataRate = w.current.adrDataRate;
            w.desired.adrTxPower = w.current.adrTxPower;
            w.resetAdrView();
            w.events.add("ns.adr.device_changed_data_rate");
        }
        w.history.add(new AdrRecord(up.fCnt(), up.maxSnr(), up.dataRate(), w.current.adrTxPower, up.gatewayCount()));
        while (w.history.size() > MacState.HISTORY_SIZE) {
            w.history.remove(0);
        }
    }

    private static void runAdr(MacWork w) {
        if (!w.ctx.settings().useAdr() || !w.uplink.adr()) {
            // Without ADR the device keeps its own DR/power; LinkADRReq then only carries channel changes.
            w.desired.adrDataRate = w.current.adrDataRate;
            w.desired.adrTxPower = w.current.adrTxPower;
            w.desired.adrNbTrans = w.current.adrNbTrans;
            return;
        }
        Optional<AdrDecision> decision = AdrAlgorithm.decide(w.ctx.band(), w.ctx.settings(), w.history,
                w.current.build());
        decision.ifPresent(d -> {
            w.desired.adrDataRate = d.dataRate();
            w.desired.adrTxPower = d.txPower();
            w.desired.adrNbTrans = d.nbTrans();
        });
    }

    /** Queues a downlink command for the next downlink (API use). */
    public MacState enqueue(MacState state, MacCommand command) {
        if (command.direction() != Direction.DOWNLINK) {
            throw new IllegalArgumentException(command.type() + " is not a downlink command");
        }
        List<MacCommand> q = new ArrayList<>(state.queued());
        q.add(command);
        return state.withQueued(q);
    }

    /** Orders a 1.1 device to rejoin; period 0..7 (32 s * 2^period), rejoin type 0 or 2. */
    public MacState forceRejoin(MacState state, int period, int maxRetries, int rejoinType, int dataRate) {
        return enqueue(state, new ForceRejoinReq(period, maxRetries, rejoinType, dataRate));
    }

    public MacState resetConf(MacState state) {
        return enqueue(state, new ResetConf(state.version().minor()));
    }

    /** Asks for battery and margin now instead of waiting for the periodicity. */
    public MacState requestDevStatus(MacState state) {
        return enqueue(state, new DevStatusReq());
    }
}
