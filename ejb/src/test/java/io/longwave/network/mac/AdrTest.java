package io.longwave.network.mac;

import static io.longwave.network.mac.MacFixtures.eu;
import static io.longwave.network.mac.MacFixtures.quiet;
import static io.longwave.network.mac.MacFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.mac.LinkAdrAns;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.MacCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Margin-based ADR, alone and against a simulated EU868 device that applies every LinkADRReq. */
class AdrTest {

    private static final int EU_MAX_ADR_DR = 5;

    /**
     * SNR at DR0/full power, dB lost per DR step, adr_margin, DR the device settles on. With +5 dB and 2.5 dB lost
     * per step, the 15 dB default margin stops at DR2 (at DR5 the SNR would be -7.5 dB, right on the SF7 floor);
     * reaching DR5 needs a link that good or a smaller margin.
     */
    static Stream<Arguments> simulations() {
        return Stream.of(
                Arguments.of(5.0, 2.5, 15.0, 2),
                Arguments.of(20.0, 2.5, 15.0, 5),
                Arguments.of(5.0, 2.5, 0.0, 5),
                Arguments.of(5.0, 0.0, 10.0, 5),
                Arguments.of(5.0, 0.0, 15.0, 3),
                Arguments.of(-25.0, 0.0, 15.0, 0));
    }

    @ParameterizedTest
    @MethodSource("simulations")
    void convergesAndStays(double snrAtDr0, double lossPerDr, double margin, int expectedDr) {
        MacContext ctx = eu(MacSettings.builder().adrMargin(margin).adrMinHistory(5).build());
        MacState s = quiet(ctx);
        int dr = 0;
        int power = 0;
        List<MacCommand> answers = List.of();
        int settledAt = -1;
        for (int fCnt = 1; fCnt <= 200; fCnt++) {
            // Less TX power costs 2 dB per index.
            double snr = snrAtDr0 - lossPerDr * dr - 2 * power;
            MacOutcome out = run(ctx, s, answers, MacFixtures.uplink(fCnt, dr, snr));
            s = out.newState();
            List<MacCommand> next = new ArrayList<>();
            for (MacCommand c : out.downlinkCommands()) {
                if (c instanceof LinkAdrReq req) {
                    dr = req.dataRate();
                    power = req.txPower();
                    next.add(new LinkAdrAns(true, true, true));
                }
            }
            answers = next;
            assertTrue(dr <= EU_MAX_ADR_DR, "ADR never exceeds the band's max ADR DR");
            if (dr == expectedDr && next.isEmpty() && settledAt < 0) {
                settledAt = fCnt;
            }
            if (settledAt > 0 && fCnt > settledAt + 30) {
                break;
            }
        }
        assertEquals(expectedDr, dr);
        assertTrue(settledAt > 0 && settledAt <= 60, "settled after " + settledAt + " uplinks");
        assertEquals(dr, s.current().adrDataRate());
    }

    private static List<AdrRecord> history(int n, double snr, int dr) {
        List<AdrRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new AdrRecord(i, snr, dr, 0, 1));
        }
        return out;
    }

    private static MacParameters at(int dr, int power, int nb) {
        MacParameters.Builder b = quiet(eu(LorawanVersion.V1_0_3)).current().toBuilder();
        b.adrDataRate = dr;
        b.adrTxPower = power;
        b.adrNbTrans = nb;
        return b.build();
    }

    static Stream<Arguments> decisions() {
        // EU868: SF12 floor -20, SF7 floor -7.5; margin 15; TX power index 0..7.
        return Stream.of(
                // 25 dB margin at DR0 = 8 steps: DR0 -> DR5 (5), then power 0 -> 3.
                Arguments.of(0, 0, 20.0, new AdrDecision(5, 3, 1)),
                // Plenty of margin at the top: only power goes down, never past the band's max index.
                Arguments.of(5, 0, 40.0, new AdrDecision(5, 7, 1)),
                // -17.5 dB at DR5/power 3 = -6 steps: power back to 0 (3), then DR5 -> DR2 (3).
                Arguments.of(5, 3, -10.0, new AdrDecision(2, 0, 1)),
                // Hopeless link: DR0 at full power, no lower.
                Arguments.of(2, 1, -40.0, new AdrDecision(0, 0, 1)),
                // Within 3 dB of target: unchanged.
                Arguments.of(3, 0, 4.0, new AdrDecision(3, 0, 1)));
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void marginSteps(int dr, int power, double snr, AdrDecision expected) {
        MacContext ctx = eu(MacSettings.defaults());
        assertEquals(Optional.of(expected),
                AdrAlgorithm.decide(ctx.band(), ctx.settings(), history(20, snr, dr), at(dr, power, 1)));
    }

    @Test
    void waitsForEnoughHistory() {
        MacContext ctx = eu(MacSettings.defaults());
        assertEquals(Optional.empty(), AdrAlgorithm.decide(ctx.band(), ctx.settings(), history(19, 20, 0), at(0, 0, 1)));
    }

    static Stream<Arguments> losses() {
        return Stream.of(
                Arguments.of(0, 2, 1),
                Arguments.of(0, 1, 1),
                Arguments.of(2, 2, 2),
                Arguments.of(4, 1, 2),
                Arguments.of(4, 3, 3),
                Arguments.of(15, 1, 3));
    }

    /** 20 received uplinks with {@code lostOf20} gaps: 2 lost is 9% (keep), 4 is 17% (one more), 15 is 43% (3). */
    @ParameterizedTest
    @MethodSource("losses")
    void nbTransFollowsLoss(int lostOf20, int currentNb, int expectedNb) {
        List<AdrRecord> h = new ArrayList<>();
        long fCnt = 0;
        for (int i = 0; i < 20; i++) {
            h.add(new AdrRecord(fCnt, 0, 0, 0, 1));
            fCnt += i < lostOf20 ? 2 : 1;
        }
        assertEquals(expectedNb, AdrAlgorithm.nbTrans(h, currentNb));
    }

    @Test
    void noLinkAdrReqWithoutAdrBit() {
        MacContext ctx = eu(MacSettings.builder().adrMinHistory(1).build());
        UplinkInfo up = new UplinkInfo(1, 0, 868_100_000L, false, false, false, 20, -80, 1, MacFixtures.T0);
        assertEquals(List.of(), run(ctx, quiet(ctx), List.of(), up).downlinkCommands());
    }

    @Test
    void useAdrFalseDisablesAdr() {
        MacContext ctx = eu(MacSettings.builder().adrMinHistory(1).useAdr(false).build());
        assertEquals(List.of(), run(ctx, quiet(ctx), List.of(), MacFixtures.uplink(1, 0, 20)).downlinkCommands());
    }

    @Test
    void backoffResetsTheAdrView() {
        MacContext ctx = eu(MacSettings.builder().adrMinHistory(1).build());
        MacParameters.Builder b = quiet(ctx).current().toBuilder();
        b.adrDataRate = 5;
        b.adrTxPower = 4;
        MacState s = quiet(ctx).withDesired(b.build());
        s = new MacState(s.version(), s.deviceClass(), b.build(), b.build(), List.of(new AdrRecord(0, 9, 5, 4, 1)),
                List.of(), Optional.empty(), 0, s.sessionStartedAt(), 0, List.of());
        // The device heard nothing for ADR_ACK_LIMIT + ADR_ACK_DELAY uplinks: full power, one DR down.
        UplinkInfo up = new UplinkInfo(90, 4, 868_100_000L, true, true, false, -8, -120, 1, MacFixtures.T0);
        MacOutcome out = run(ctx, s, List.of(), up);
        assertTrue(out.downlinkRequired());
        assertEquals(4, out.newState().current().adrDataRate());
        assertEquals(0, out.newState().current().adrTxPower());
        assertEquals(1, out.newState().adrHistory().size(), "history restarts at the device's own choice");
    }
}
