package io.longwave.network.mac;

import io.longwave.lorawan.mac.MacCommand;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the network believes about one device's MAC layer between uplinks. Immutable; the engine returns a new
 * one per uplink and the caller stores it (see {@code json.MacStateJson}).
 *
 * @param adrHistory the last {@link #HISTORY_SIZE} uplinks since ADR parameters last changed, oldest first
 * @param pending requests sent in the last downlink, in the order sent
 * @param uplinksSinceDevStatus uplinks since the last DevStatusAns (or since the session began)
 * @param adrAckReqCount consecutive uplinks with the ADRACKReq bit
 * @param queued downlink commands queued by the API, sent with the next downlink
 */
public record MacState(LorawanVersion version, DeviceClass deviceClass, MacParameters current,
        MacParameters desired, List<AdrRecord> adrHistory, List<PendingRequest> pending,
        Optional<DevStatus> lastDevStatus, int uplinksSinceDevStatus, Instant sessionStartedAt,
        int adrAckReqCount, List<MacCommand> queued) {

    public static final int HISTORY_SIZE = 20;

    public MacState {
        adrHistory = List.copyOf(adrHistory);
        pending = List.copyOf(pending);
        queued = List.copyOf(queued);
        lastDevStatus = lastDevStatus == null ? Optional.empty() : lastDevStatus;
    }

    /** A fresh session: the band's boot parameters as current, the settings and plan as desired. */
    public static MacState initial(MacContext ctx) {
        MacParameters current = MacDefaults.current(ctx);
        return new MacState(ctx.version(), DeviceClass.A, current, MacDefaults.desired(ctx, current), List.of(),
                List.of(), Optional.empty(), 0, ctx.now(), 0, List.of());
    }

    public MacState withQueued(List<MacCommand> commands) {
        return new MacState(version, deviceClass, current, desired, adrHistory, pending, lastDevStatus,
                uplinksSinceDevStatus, sessionStartedAt, adrAckReqCount, commands);
    }

    public MacState withDesired(MacParameters newDesired) {
        return new MacState(version, deviceClass, current, newDesired, adrHistory, pending, lastDevStatus,
                uplinksSinceDevStatus, sessionStartedAt, adrAckReqCount, queued);
    }
}
