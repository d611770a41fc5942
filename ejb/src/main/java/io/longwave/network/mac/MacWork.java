package io.longwave.network.mac;

import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Mutable scratch copy of a {@link MacState} while one uplink is processed; records stay immutable outside. */
final class MacWork {
    final MacContext ctx;
    final UplinkInfo uplink;
    DeviceClass deviceClass;
    MacParameters.Builder current;
    MacParameters.Builder desired;
    final List<AdrRecord> history;
    final List<PendingRequest> pending;
    Optional<DevStatus> lastDevStatus;
    int uplinksSinceDevStatus;
    Instant sessionStartedAt;
    int adrAckReqCount;
    final List<MacCommand> queued;

    /** Answers to device requests, sent before anything the network initiates. */
    final List<MacCommand> answers = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    /** A sticky answer was seen: only a downlink stops the device from repeating it. */
    boolean stickyAnswerSeen;

    MacWork(MacContext ctx, MacState s, UplinkInfo uplink) {
        this.ctx = ctx;
        this.uplink = uplink;
        deviceClass = s.deviceClass();
        current = s.current().toBuilder();
        desired = s.desired().toBuilder();
        history = new ArrayList<>(s.adrHistory());
        pending = new ArrayList<>(s.pending());
        lastDevStatus = s.lastDevStatus();
        uplinksSinceDevStatus = s.uplinksSinceDevStatus();
        sessionStartedAt = s.sessionStartedAt();
        adrAckReqCount = s.adrAckReqCount();
        queued = new ArrayList<>(s.queued());
    }

    MacState toState() {
        return new MacState(ctx.version(), deviceClass, current.build(), desired.build(), history, pending,
                lastDevStatus, uplinksSinceDevStatus, sessionStartedAt, adrAckReqCount, queued);
    }

    /** Removes and returns the oldest pending request of {@code type}, or null when none was sent. */
    MacCommand takePending(MacCommandType type) {
        for (Iterator<PendingRequest> it = pending.iterator(); it.hasNext();) {
            PendingRequest p = it.next();
            if (p.command().type() == type) {
                it.remove();
                return p.command();
            }
        }
        return null;
    }

    /** Removes and returns every pending request of {@code type}, in the order sent. */
    List<MacCommand> takeAllPending(MacCommandType type) {
        List<MacCommand> out = new ArrayList<>();
        for (MacCommand c = takePending(type); c != null; c = takePending(type)) {
            out.add(c);
        }
        return out;
    }

    void event(MacCommandType type, String suffix) {
        events.add(MacEvents.name(type, suffix));
    }

    /** ADR must judge the new settings on their own uplinks only. */
    void resetAdrView() {
        history.clear();
    }
}
