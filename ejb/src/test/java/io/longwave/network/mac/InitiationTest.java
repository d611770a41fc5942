package io.longwave.network.mac;

import static io.longwave.network.mac.MacFixtures.ctx;
import static io.longwave.network.mac.MacFixtures.quiet;
import static io.longwave.network.mac.MacFixtures.run;
import static io.longwave.network.mac.MacFixtures.uplink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.mac.AdrParamSetupReq;
import io.longwave.lorawan.mac.DevStatusAns;
import io.longwave.lorawan.mac.DevStatusReq;
import io.longwave.lorawan.mac.ForceRejoinReq;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandType;
import io.longwave.lorawan.mac.NewChannelReq;
import io.longwave.lorawan.mac.RejoinParamSetupReq;
import io.longwave.lorawan.mac.ResetConf;
import io.longwave.lorawan.mac.RxParamSetupReq;
import io.longwave.lorawan.mac.TxParamSetupReq;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** When the engine starts a request by itself from a fresh session, and when it must not. */
class InitiationTest {

    static Stream<Arguments> freshSessions() {
        MacSettings d = MacSettings.defaults();
        MacSettings rejoin = settings(b -> {
            b.desiredRejoinTimeExponent = 4;
            b.desiredRejoinCountExponent = 1;
        });
        MacSettings ackExp = settings(b -> b.desiredAdrAckLimitExponent = 7);
        MacSettings dwell = settings(b -> b.desiredUplinkDwellTime = true);
        return Stream.of(
                // EU868: the plan's five extra channels, then the mask that enables all eight.
                Arguments.of("EU_863_870", LorawanVersion.V1_0_3, d, List.of(
                        new NewChannelReq(3, 867_100_000L, 0, 5), new NewChannelReq(4, 867_300_000L, 0, 5),
                        new NewChannelReq(5, 867_500_000L, 0, 5), new NewChannelReq(6, 867_700_000L, 0, 5),
                        new NewChannelReq(7, 867_900_000L, 0, 5))),
                // The TTN plan wants RX2 at DR3.
                Arguments.of("EU_863_870_TTN", LorawanVersion.V1_0_3, d, List.of(
                        new NewChannelReq(3, 867_100_000L, 0, 5), new NewChannelReq(4, 867_300_000L, 0, 5),
                        new NewChannelReq(5, 867_500_000L, 0, 5), new NewChannelReq(6, 867_700_000L, 0, 5),
                        new NewChannelReq(7, 867_900_000L, 0, 5), new RxParamSetupReq(0, 3, 869_525_000L))),
                Arguments.of("EU_863_870_TTN", LorawanVersion.V1_1, rejoin, List.of(
                        new NewChannelReq(3, 867_100_000L, 0, 5), new NewChannelReq(4, 867_300_000L, 0, 5),
                        new NewChannelReq(5, 867_500_000L, 0, 5), new NewChannelReq(6, 867_700_000L, 0, 5),
                        new NewChannelReq(7, 867_900_000L, 0, 5), new RxParamSetupReq(0, 3, 869_525_000L),
                        new RejoinParamSetupReq(4, 1))),
                Arguments.of("US_902_928_FSB_2", LorawanVersion.V1_1, ackExp, List.of(
                        new LinkAdrReq(0, 0, 0x0002, 7, 1), new LinkAdrReq(0, 0, 0xFF00, 0, 1),
                        new AdrParamSetupReq(7, 5))),
                // ADRParamSetupReq is 1.1 only; TxParamSetupReq only exists in AS923.
                Arguments.of("US_902_928_FSB_2", LorawanVersion.V1_0_3, ackExp, List.of(
                        new LinkAdrReq(0, 0, 0x0002, 7, 1), new LinkAdrReq(0, 0, 0xFF00, 0, 1))),
                Arguments.of("AS_920_923", LorawanVersion.V1_0_3, dwell, List.of(
                        new NewChannelReq(2, 922_200_000L, 0, 5), new NewChannelReq(3, 922_400_000L, 0, 5),
                        new NewChannelReq(4, 922_600_000L, 0, 5), new NewChannelReq(5, 922_800_000L, 0, 5),
                        new NewChannelReq(6, 923_000_000L, 0, 5), new NewChannelReq(7, 922_000_000L, 0, 5),
                        new TxParamSetupReq(false, true, 5))));
    }

    @ParameterizedTest
    @MethodSource("freshSessions")
    void freshSessionRequests(String plan, LorawanVersion version, MacSettings settings, List<MacCommand> expected) {
        MacContext ctx = ctx(plan, version, settings);
        MacOutcome out = run(ctx, MacState.initial(ctx), List.of(), uplink(1));
        assertEquals(expected, out.downlinkCommands());
        assertTrue(out.downlinkRequired());
    }

    @Test
    void noTxParamSetupOutsideAs923() {
        MacContext ctx = ctx("EU_863_870", LorawanVersion.V1_0_3, settings(b -> b.desiredUplinkDwellTime = true));
        MacOutcome out = run(ctx, MacState.initial(ctx), List.of(), uplink(1));
        assertTrue(out.downlinkCommands().stream().noneMatch(c -> c instanceof TxParamSetupReq));
    }

    @Test
    void devStatusEveryCountUplinks() {
        MacContext ctx = ctx("EU_863_870", LorawanVersion.V1_0_3, settings(b -> b.statusCountPeriodicity = 3));
        MacState s = quiet(ctx);
        s = run(ctx, s, List.of(), uplink(1)).newState();
        s = run(ctx, s, List.of(), uplink(2)).newState();
        MacOutcome third = run(ctx, s, List.of(), uplink(3));
        assertEquals(List.of(new DevStatusReq()), third.downlinkCommands());
        // Unanswered: asked again; answered: the count starts over.
        MacOutcome fourth = run(ctx, third.newState(), List.of(), uplink(4));
        assertEquals(List.of(new DevStatusReq()), fourth.downlinkCommands());
        assertTrue(fourth.eventNames().contains("ns.mac.dev_status.request.unanswered"));
        MacOutcome answered = run(ctx, fourth.newState(), List.of(new DevStatusAns(254, -3)), uplink(5));
        assertEquals(List.of(), answered.downlinkCommands());
        DevStatus ds = answered.newState().lastDevStatus().orElseThrow();
        assertEquals(254, ds.battery());
        assertEquals(-3, ds.margin());
        assertEquals(5, ds.fCnt());
    }

    @Test
    void unansweredRequestIsSentAgain() {
        MacContext ctx = ctx("EU_863_870", LorawanVersion.V1_0_3, MacSettings.defaults());
        MacState s = quiet(ctx, d -> d.maxDutyCycle = 3);
        MacOutcome first = run(ctx, s, List.of(), uplink(1));
        MacOutcome second = run(ctx, first.newState(), List.of(), uplink(2));
        assertEquals(first.downlinkCommands(), second.downlinkCommands());
        assertTrue(second.eventNames().contains("ns.mac.duty_cycle.request.unanswered"));
        assertEquals(1, second.newState().pending().size());
        assertEquals(2, second.newState().pending().get(0).fCnt());
    }

    @Test
    void devStatusAfterTimePeriodicity() {
        MacSettings settings = settings(b -> b.statusTimePeriodicity = Duration.ofHours(1));
        MacContext ctx = ctx("EU_863_870", LorawanVersion.V1_0_3, settings);
        MacState s = quiet(ctx);
        assertEquals(List.of(), run(ctx, s, List.of(), uplink(1)).downlinkCommands());
        MacContext later = new MacContext(ctx.band(), ctx.plan(), ctx.version(), settings,
                ctx.now().plus(Duration.ofHours(1)));
        assertEquals(List.of(new DevStatusReq()), run(later, s, List.of(), uplink(2)).downlinkCommands());
    }

    @Test
    void adrAckReqRequiresDownlinkEvenWithoutCommands() {
        MacContext ctx = ctx("EU_863_870", LorawanVersion.V1_0_3, MacSettings.defaults());
        UplinkInfo up = new UplinkInfo(1, 0, 868_100_000L, true, true, false, 5, -90, 1, MacFixtures.T0);
        MacOutcome out = run(ctx, quiet(ctx), List.of(), up);
        assertTrue(out.downlinkCommands().isEmpty());
        assertTrue(out.downlinkRequired());
        assertEquals(1, out.newState().adrAckReqCount());
        assertFalse(run(ctx, quiet(ctx), List.of(), uplink(1)).downlinkRequired());
    }

    @Test
    void apiQueuedCommandsGoOutOnce() {
        MacContext ctx = ctx("EU_863_870", LorawanVersion.V1_1, MacSettings.defaults());
        MacEngine engine = MacFixtures.ENGINE;
        MacState s = engine.forceRejoin(quiet(ctx), 1, 2, 0, 3);
        s = engine.resetConf(s);
        s = engine.requestDevStatus(s);
        MacOutcome out = run(ctx, s, List.of(), uplink(1));
        assertEquals(List.of(new ForceRejoinReq(1, 2, 0, 3), new ResetConf(1), new DevStatusReq()),
                out.downlinkCommands());
        // ForceRejoinReq has no answer, so only DevStatusReq awaits one.
        assertEquals(List.of(MacCommandType.DEV_STATUS_REQ),
                out.newState().pending().stream().map(p -> p.command().type()).toList());
        assertTrue(out.newState().queued().isEmpty());
    }

    private static MacSettings settings(java.util.function.Consumer<MacSettings.Builder> c) {
        MacSettings.Builder b = MacSettings.builder();
        c.accept(b);
        return b.build();
    }
}
