package io.longwave.network.mac;

import static io.longwave.network.mac.MacFixtures.ctx;
import static io.longwave.network.mac.MacFixtures.quiet;
import static io.longwave.network.mac.MacFixtures.run;
import static io.longwave.network.mac.MacFixtures.uplink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.mac.AdrParamSetupAns;
import io.longwave.lorawan.mac.AdrParamSetupReq;
import io.longwave.lorawan.mac.DlChannelAns;
import io.longwave.lorawan.mac.DlChannelReq;
import io.longwave.lorawan.mac.DutyCycleAns;
import io.longwave.lorawan.mac.DutyCycleReq;
import io.longwave.lorawan.mac.LinkAdrAns;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.NewChannelAns;
import io.longwave.lorawan.mac.NewChannelReq;
import io.longwave.lorawan.mac.RejoinParamSetupAns;
import io.longwave.lorawan.mac.RejoinParamSetupReq;
import io.longwave.lorawan.mac.RxParamSetupAns;
import io.longwave.lorawan.mac.RxParamSetupReq;
import io.longwave.lorawan.mac.RxTimingSetupAns;
import io.longwave.lorawan.mac.RxTimingSetupReq;
import io.longwave.lorawan.mac.TxParamSetupAns;
import io.longwave.lorawan.mac.TxParamSetupReq;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every network-initiated command: a difference between desired and current sends the request; the
 * accepting answer commits it (nothing more is sent); a refusing answer gives it up (nothing more is sent, current
 * unchanged).
 */
class MacCommandLifecycleTest {

    private static final String EU = "EU_863_870";
    private static final String AS = "AS_920_923";

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("DutyCycle", EU, LorawanVersion.V1_0_3, change(d -> d.maxDutyCycle = 4),
                        new DutyCycleReq(4), new DutyCycleAns(), null),
                Arguments.of("RxParamSetup", EU, LorawanVersion.V1_0_3, change(d -> {
                    d.rx1DrOffset = 2;
                    d.rx2DataRate = 3;
                }), new RxParamSetupReq(2, 3, 869_525_000L), new RxParamSetupAns(true, true, true),
                        new RxParamSetupAns(true, false, true)),
                Arguments.of("RxTimingSetup", EU, LorawanVersion.V1_0_3, change(d -> d.rx1Delay = 5),
                        new RxTimingSetupReq(5), new RxTimingSetupAns(), null),
                Arguments.of("TxParamSetup", AS, LorawanVersion.V1_0_3, change(d -> {
                    d.uplinkDwellTime = true;
                    d.downlinkDwellTime = true;
                    d.maxEirpIndex = 3;
                }), new TxParamSetupReq(true, true, 3), new TxParamSetupAns(), null),
                Arguments.of("NewChannel", EU, LorawanVersion.V1_0_3, change(d -> d.channels = append(d.channels,
                        MacChannel.of(867_100_000L, 0, 5))), new NewChannelReq(3, 867_100_000L, 0, 5),
                        null, new NewChannelAns(true, false)),
                Arguments.of("DlChannel", EU, LorawanVersion.V1_0_3, change(d -> d.channels = replace(d.channels, 0,
                        d.channels.get(0).withDownlinkFrequency(869_100_000L))), new DlChannelReq(0, 869_100_000L),
                        new DlChannelAns(true, true), new DlChannelAns(false, true)),
                Arguments.of("AdrParamSetup", EU, LorawanVersion.V1_1, change(d -> {
                    d.adrAckLimitExponent = 7;
                    d.adrAckDelayExponent = 6;
                }), new AdrParamSetupReq(7, 6), new AdrParamSetupAns(), null),
                Arguments.of("RejoinParamSetup", EU, LorawanVersion.V1_1, change(d -> {
                    d.rejoinTimeExponent = 3;
                    d.rejoinCountExponent = 2;
                }), new RejoinParamSetupReq(3, 2), new RejoinParamSetupAns(true), new RejoinParamSetupAns(false)),
                Arguments.of("LinkAdr", EU, LorawanVersion.V1_0_3, change(d -> {
                    d.adrDataRate = 3;
                    d.adrTxPower = 2;
                }), new LinkAdrReq(3, 2, 0b111, 0, 1), new LinkAdrAns(true, true, true),
                        new LinkAdrAns(true, false, true)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void requestThenAccept(String name, String plan, LorawanVersion version, Consumer<MacParameters.Builder> change,
            MacCommand request, MacCommand accept, MacCommand reject) {
        MacContext ctx = ctx(plan, version, MacSettings.defaults());
        MacOutcome sent = run(ctx, quiet(ctx, change), List.of(), uplink(1));
        assertEquals(List.of(request), sent.downlinkCommands());
        assertEquals(request, sent.newState().pending().get(0).command());
        if (accept != null) {
            MacState s = sent.newState();
            MacOutcome done = run(ctx, s, List.of(accept), uplink(2, s.desired().adrDataRate(), 5));
            assertEquals(List.of(), done.downlinkCommands(), "nothing left to send after the accept");
            assertEquals(done.newState().desired(), done.newState().current());
            assertTrue(done.newState().pending().isEmpty());
            assertTrue(done.eventNames().stream().anyMatch(e -> e.endsWith(".answer.accept")), done.eventNames()::toString);
        }
        if (reject != null) {
            MacState s = sent.newState();
            MacOutcome done = run(ctx, s, List.of(reject), uplink(2));
            assertTrue(done.eventNames().stream().anyMatch(e -> e.endsWith(".answer.reject")), done.eventNames()::toString);
            assertEquals(List.of(), done.downlinkCommands(), "a refused request is not repeated");
            assertEquals(s.current().adrDataRate(), done.newState().current().adrDataRate());
            if (!(reject instanceof RejoinParamSetupAns)) {
                assertEquals(s.current(), done.newState().current(), "refusal changes nothing");
            }
        }
    }

    static Stream<Arguments> stickyAnswers() {
        return Stream.of(Arguments.of(new RxParamSetupAns(true, true, true)), Arguments.of(new RxTimingSetupAns()),
                Arguments.of(new DlChannelAns(true, true)));
    }

    /** A repeated sticky answer has no pending request but still needs a downlink to stop the repeats. */
    @ParameterizedTest
    @MethodSource("stickyAnswers")
    void stickyAnswerRepeatForcesDownlink(MacCommand answer) {
        MacContext ctx = ctx(EU, LorawanVersion.V1_0_3, MacSettings.defaults());
        MacOutcome out = run(ctx, quiet(ctx), answer);
        assertTrue(out.downlinkRequired());
        assertTrue(out.downlinkCommands().isEmpty());
        assertTrue(out.eventNames().stream().anyMatch(e -> e.endsWith(".answer.repeat")));
        assertEquals(quiet(ctx).current(), out.newState().current());
    }

    private static Consumer<MacParameters.Builder> change(Consumer<MacParameters.Builder> c) {
        return c;
    }

    private static List<MacChannel> append(List<MacChannel> channels, MacChannel c) {
        List<MacChannel> out = new ArrayList<>(channels);
        out.add(c);
        return out;
    }

    private static List<MacChannel> replace(List<MacChannel> channels, int i, MacChannel c) {
        List<MacChannel> out = new ArrayList<>(channels);
        out.set(i, c);
        return out;
    }
}
