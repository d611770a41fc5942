package io.longwave.network.mac;

import static io.longwave.network.mac.MacFixtures.ctx;
import static io.longwave.network.mac.MacFixtures.run;
import static io.longwave.network.mac.MacFixtures.uplink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.mac.DevStatusAns;
import io.longwave.lorawan.mac.LinkAdrAns;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.MacCommand;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** US915 sub-band 2 needs a two-request LinkADRReq block; the device applies all of it or nothing. */
class LinkAdrBlockTest {

    private static final LinkAdrAns OK = new LinkAdrAns(true, true, true);
    private static final LinkAdrAns NO_MASK = new LinkAdrAns(true, true, false);

    private static MacContext us(LorawanVersion version) {
        return ctx("US_902_928_FSB_2", version, MacSettings.defaults());
    }

    @Test
    void subBandTwoIsOneBlockOfTwoRequests() {
        MacOutcome out = run(us(LorawanVersion.V1_0_3), MacState.initial(us(LorawanVersion.V1_0_3)), List.of(),
                uplink(1));
        // ChMaskCntl 7: every 125 kHz channel off, 500 kHz channel 65 on; then block 0 channels 8..15 on.
        assertEquals(List.of(new LinkAdrReq(0, 0, 0x0002, 7, 1), new LinkAdrReq(0, 0, 0xFF00, 0, 1)),
                out.downlinkCommands());
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of(LorawanVersion.V1_0_3, List.of(OK, OK), true),
                Arguments.of(LorawanVersion.V1_0_3, List.of(OK, NO_MASK), false),
                Arguments.of(LorawanVersion.V1_0_3, List.of(NO_MASK, NO_MASK), false),
                Arguments.of(LorawanVersion.V1_1, List.of(OK, OK), true),
                Arguments.of(LorawanVersion.V1_0_1, List.of(OK), true),
                Arguments.of(LorawanVersion.V1_0_1, List.of(new LinkAdrAns(false, true, true)), false));
    }

    @ParameterizedTest
    @MethodSource("answers")
    void blockIsAppliedAtomically(LorawanVersion version, List<MacCommand> answers, boolean applied) {
        MacContext ctx = us(version);
        MacState sent = run(ctx, MacState.initial(ctx), List.of(), uplink(1)).newState();
        List<MacCommand> uplinkCommands = new java.util.ArrayList<>(answers);
        uplinkCommands.add(new DevStatusAns(200, 7));
        MacOutcome out = run(ctx, sent, uplinkCommands, uplink(2));
        BitSet on = ChannelMaskApplier.enabled(out.newState().current().channels());
        if (applied) {
            BitSet want = new BitSet();
            want.set(8, 16);
            want.set(65);
            assertEquals(want, on);
            assertEquals(out.newState().desired(), out.newState().current());
        } else {
            assertEquals(sent.current(), out.newState().current(), "partial failure leaves the state unchanged");
            assertEquals(72, on.cardinality());
        }
        // The commands after the answer block are still read.
        assertEquals(200, out.newState().lastDevStatus().orElseThrow().battery());
        if (applied) {
            assertTrue(out.downlinkCommands().stream().noneMatch(c -> c instanceof LinkAdrReq), "nothing to resend");
        }
    }

    @Test
    void answerWithoutRequestIsReportedAndIgnored() {
        MacContext ctx = us(LorawanVersion.V1_0_3);
        MacState s = MacState.initial(ctx);
        MacOutcome out = run(ctx, s, List.of(OK), uplink(1));
        assertEquals(s.current(), out.newState().current());
        assertTrue(out.eventNames().contains("ns.mac.link_adr.answer.unexpected"));
    }

    @Test
    void euMaskShortcutSixEnablesEveryDefinedChannel() {
        MacContext ctx = ctx("EU_863_870", LorawanVersion.V1_0_3, MacSettings.defaults());
        List<MacChannel> channels = List.of(MacChannel.of(868_100_000L, 0, 5).withEnabled(false),
                MacChannel.of(868_300_000L, 0, 5), MacChannel.of(868_500_000L, 0, 5).withEnabled(false));
        List<MacChannel> after = ChannelMaskApplier.apply(ctx.band(), channels, List.of(new LinkAdrReq(0, 0, 0, 6, 1)));
        assertEquals(3, ChannelMaskApplier.enabled(after).cardinality());
    }
}
