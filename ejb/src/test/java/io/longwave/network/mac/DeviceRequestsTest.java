package io.longwave.network.mac;

import io.longwave.lorawan.GpsTime;
import static io.longwave.network.mac.MacFixtures.eu;
import static io.longwave.network.mac.MacFixtures.quiet;
import static io.longwave.network.mac.MacFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each device-initiated command gets its answer in the next downlink, which is then required. */
class DeviceRequestsTest {

    static Stream<Arguments> answers() {
        // Uplink at DR0 (SF12, floor -20 dB) with SNR 5 dB and 2 gateways: margin 25.
        return Stream.of(
                Arguments.of(LorawanVersion.V1_0_3, new LinkCheckReq(), List.of(new LinkCheckAns(25, 2))),
                Arguments.of(LorawanVersion.V1_0_3, new DeviceTimeReq(),
                        List.of(new DeviceTimeAns(GpsTime.seconds(MacFixtures.uplink(1).receivedAt()), 0))),
                Arguments.of(LorawanVersion.V1_1, new ResetInd(1), List.of(new ResetConf(1))),
                Arguments.of(LorawanVersion.V1_1, new RekeyInd(1), List.of(new RekeyConf(1))),
                Arguments.of(LorawanVersion.V1_1, new RekeyInd(2), List.of(new RekeyConf(1))),
                Arguments.of(LorawanVersion.V1_0_3, new ResetInd(1), List.of()),
                Arguments.of(LorawanVersion.V1_1, new DeviceModeInd(DeviceModeInd.CLASS_C),
                        List.of(new DeviceModeConf(DeviceModeConf.CLASS_C))),
                Arguments.of(LorawanVersion.V1_0_4, new PingSlotInfoReq(3), List.of(new PingSlotInfoAns())));
    }

    @ParameterizedTest
    @MethodSource("answers")
    void answersDeviceRequest(LorawanVersion version, MacCommand request, List<MacCommand> expected) {
        MacContext ctx = eu(version);
        MacOutcome out = run(ctx, quiet(ctx), request);
        // Answers come first; a reset may also make the engine re-send the plan's channels after them.
        List<MacCommand> sent = out.downlinkCommands();
        assertEquals(expected, sent.subList(0, Math.min(expected.size(), sent.size())));
        if (!(request instanceof ResetInd)) {
            assertEquals(expected, sent);
        }
        assertEquals(!expected.isEmpty(), out.downlinkRequired());
    }

    @Test
    void gpsTimeUsesGpsEpochAndLeapSeconds() {
        // 2026-01-01T00:00:00Z: 1767225600 Unix seconds, minus the GPS epoch, plus 18 leap seconds.
        Instant t = Instant.parse("2026-01-01T00:00:00.5Z");
        assertEquals(1_767_225_600L - 315_964_800L + 18, GpsTime.seconds(t));
        assertEquals(128, GpsTime.fraction256(t));
    }

    @Test
    void deviceModeIndSwitchesClass() {
        MacContext ctx = eu(LorawanVersion.V1_1);
        MacState s = run(ctx, quiet(ctx), new DeviceModeInd(DeviceModeInd.CLASS_C)).newState();
        assertEquals(DeviceClass.C, s.deviceClass());
        s = run(ctx, s, new DeviceModeInd(DeviceModeInd.CLASS_A)).newState();
        assertEquals(DeviceClass.A, s.deviceClass());
    }

    @Test
    void resetIndRestoresBootParametersAndDropsPending() {
        MacContext ctx = eu(LorawanVersion.V1_1);
        MacState s = quiet(ctx, d -> d.maxDutyCycle = 4);
        s = run(ctx, s).newState();
        assertEquals(1, s.pending().size());
        MacParameters.Builder changed = s.current().toBuilder();
        changed.adrDataRate = 5;
        s = new MacState(s.version(), DeviceClass.C, changed.build(), s.desired(), s.adrHistory(), s.pending(),
                s.lastDevStatus(), 0, s.sessionStartedAt(), 0, List.of());
        MacOutcome out = run(ctx, s, List.of(new ResetInd(1)), MacFixtures.uplink(2, 0, 5));
        assertEquals(new ResetConf(1), out.downlinkCommands().get(0));
        assertEquals(0, out.newState().current().adrDataRate());
        assertEquals(DeviceClass.A, out.newState().deviceClass());
        assertTrue(out.eventNames().contains("ns.mac.reset.answer"));
    }

    @Test
    void linkCheckMarginIsClampedAtZero() {
        MacContext ctx = eu(LorawanVersion.V1_0_3);
        MacOutcome out = run(ctx, quiet(ctx), List.of(new LinkCheckReq()), MacFixtures.uplink(1, 5, -12));
        assertEquals(List.of(new LinkCheckAns(0, 2)), out.downlinkCommands());
    }
}
