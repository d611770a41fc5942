package io.longwave.network.mac;

/** Test helper: a state switched to class C without going through an uplink. */
public final class TestStates {

    private TestStates() {
    }

    public static MacState classC(MacState s) {
        return new MacState(s.version(), DeviceClass.C, s.current(), s.desired(), s.adrHistory(), s.pending(),
                s.lastDevStatus(), s.uplinksSinceDevStatus(), s.sessionStartedAt(), s.adrAckReqCount(), s.queued());
    }
}
