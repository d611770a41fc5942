package io.longwave.join.core;

import static io.longwave.join.core.JoinTestFrames.APP_KEY;
import static io.longwave.join.core.JoinTestFrames.DEV_ADDR;
import static io.longwave.join.core.JoinTestFrames.DEV_EUI;
import static io.longwave.join.core.JoinTestFrames.JOIN_EUI;
import static io.longwave.join.core.JoinTestFrames.NET_ID;
import static io.longwave.join.core.JoinTestFrames.NWK_KEY;
import static io.longwave.join.core.JoinTestFrames.OTHER_KEY;
import static io.longwave.join.core.JoinTestFrames.joinRequest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.join.core.JoinRejected.Reason;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.frame.DlSettings;
import io.longwave.lorawan.frame.JoinAccept;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class JoinRequestHandlerTest {

    private static final DlSettings DL_10 = new DlSettings(false, 1, 3);
    private static final DlSettings DL_OPT_NEG = new DlSettings(true, 1, 3);
    private static final byte[] EU868_CF_LIST = HexFormat.of().parseHex("184F84E85684B85E84886684586E8400");

    private final JoinRequestHandler handler = new JoinRequestHandler();

    static NonceState state(int lastJoinNonce, int lastDevNonce, int... usedDevNonces) {
        BitSet used = new BitSet();
        for (int n : usedDevNonces) {
            used.set(n);
        }
        return new NonceState(lastJoinNonce, lastDevNonce, used, NonceState.NONE, NonceState.NONE);
    }

    static JoinInput input(MacVersion version, NonceState state, byte[] phy) {
        DeviceRootKeys keys = version.is11() ? DeviceRootKeys.v11(APP_KEY, NWK_KEY) : DeviceRootKeys.v10(APP_KEY);
        return new JoinInput(phy, keys, version, state, NET_ID, DEV_ADDR, version.is11() ? DL_OPT_NEG : DL_10, 1,
                null);
    }

    static Stream<Arguments> rejections() {
        NonceState fresh = NonceState.initial();
        byte[] good11 = joinRequest(NWK_KEY, JOIN_EUI, DEV_EUI, 10);
        return Stream.of(
                Arguments.of("1.0 MIC with another key", MacVersion.V1_0_2, fresh,
                        joinRequest(OTHER_KEY, JOIN_EUI, DEV_EUI, 7), Reason.MIC_FAILED),
                Arguments.of("1.1 MIC with AppKey instead of NwkKey", MacVersion.V1_1, fresh,
                        joinRequest(APP_KEY, JOIN_EUI, DEV_EUI, 7), Reason.MIC_FAILED),
                Arguments.of("1.0 flipped bit", MacVersion.V1_0_3, fresh,
                        flip(joinRequest(APP_KEY, JOIN_EUI, DEV_EUI, 7), 5), Reason.MIC_FAILED),
                Arguments.of("1.0 replayed DevNonce", MacVersion.V1_0_2, state(4, NonceState.NONE, 3, 7, 9),
                        joinRequest(APP_KEY, JOIN_EUI, DEV_EUI, 7), Reason.DEV_NONCE_REPLAYED),
                Arguments.of("1.0.4 repeated DevNonce", MacVersion.V1_0_4, state(4, 7),
                        joinRequest(APP_KEY, JOIN_EUI, DEV_EUI, 7), Reason.DEV_NONCE_REPLAYED),
                Arguments.of("1.0.4 smaller DevNonce", MacVersion.V1_0_4, state(4, 7),
                        joinRequest(APP_KEY, JOIN_EUI, DEV_EUI, 6), Reason.DEV_NONCE_TOO_SMALL),
                Arguments.of("1.1 repeated DevNonce", MacVersion.V1_1, state(4, 10), good11,
                        Reason.DEV_NONCE_REPLAYED),
                Arguments.of("1.1 smaller DevNonce", MacVersion.V1_1, state(4, 11), good11,
                        Reason.DEV_NONCE_TOO_SMALL),
                Arguments.of("1.1 DevNonce at its maximum", MacVersion.V1_1, state(4, 0xFFFF), good11,
                        Reason.DEV_NONCE_TOO_SMALL),
                Arguments.of("JoinNonce exhausted", MacVersion.V1_1, state(0xFFFFFF, 9), good11,
                        Reason.JOIN_NONCE_EXHAUSTED),
                Arguments.of("data uplink", MacVersion.V1_0_2, fresh,
                        HexFormat.of().parseHex("40F17DBE4900020001954378762B11FF0D"), Reason.WRONG_MTYPE),
                Arguments.of("join-accept", MacVersion.V1_0_2, fresh,
                        HexFormat.of().parseHex("20FBB1EB2B2DDBAB7D40E4834FDCF98773"), Reason.WRONG_MTYPE),
                Arguments.of("empty", MacVersion.V1_0_2, fresh, new byte[0], Reason.WRONG_MTYPE),
                Arguments.of("rejoin-request from a 1.0 device", MacVersion.V1_0_4, fresh,
                        JoinTestFrames.rejoin1(APP_KEY, JOIN_EUI, DEV_EUI, 1), Reason.WRONG_MTYPE),
                Arguments.of("truncated join-request", MacVersion.V1_0_2, fresh,
                        truncate(joinRequest(APP_KEY, JOIN_EUI, DEV_EUI, 7)), Reason.MALFORMED),
                Arguments.of("unknown Major", MacVersion.V1_0_2, fresh,
                        major1(joinRequest(APP_KEY, JOIN_EUI, DEV_EUI, 7)), Reason.MALFORMED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejectsAndKeepsTheState(String name, MacVersion version, NonceState state, byte[] phy, Reason reason) {
        byte[] stored = state.encode();
        JoinRejected e = assertThrows(JoinRejected.class, () -> handler.handle(input(version, state, phy)));
        assertEquals(reason, e.reason());
        assertArrayEquals(stored, state.encode());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MacVersion.class)
    void joinNonceIncrementsWithEveryAccept(MacVersion version) throws Exception {
        AesKey key = version.is11() ? NWK_KEY : APP_KEY;
        NonceState s = NonceState.initial();
        for (int i = 1; i <= 3; i++) {
            JoinOutcome out = handler.handle(input(version, s, joinRequest(key, JOIN_EUI, DEV_EUI, 100 + i)));
            assertEquals(i, out.joinNonce());
            assertEquals(i, out.newState().lastJoinNonce());
            s = out.newState();
        }
    }

    @ParameterizedTest(name = "{0}: DevNonce {1} after {2} -> {3}")
    @CsvSource({
            "V1_0_0, 5, 9, true",
            "V1_0_3, 0, 65535, true",
            "V1_0_4, 10, 9, true",
            "V1_0_4, 9, 10, false",
            "V1_1,   65535, 0, true",
            "V1_1,   0, 65535, false"
    })
    void devNonceRules(MacVersion version, int devNonce, int previous, boolean accepted) throws Exception {
        AesKey key = version.is11() ? NWK_KEY : APP_KEY;
        NonceState s = handler.handle(input(version, NonceState.initial(),
                joinRequest(key, JOIN_EUI, DEV_EUI, previous))).newState();
        JoinInput second = input(version, s, joinRequest(key, JOIN_EUI, DEV_EUI, devNonce));
        if (accepted) {
            JoinOutcome out = handler.handle(second);
            assertEquals(devNonce, out.devNonce());
            if (version.devNonceIsCounter()) {
                assertEquals(devNonce, out.newState().lastDevNonce());
                assertTrue(out.newState().usedDevNonces().isEmpty());
            } else {
                assertTrue(out.newState().devNonceUsed(previous) && out.newState().devNonceUsed(devNonce));
            }
        } else {
            assertThrows(JoinRejected.class, () -> handler.handle(second));
        }
    }

    @ParameterizedTest(name = "CFList {0}")
    @CsvSource({"false, 17", "true, 33"})
    void v10JoinAcceptOpensWithAppKey(boolean withCfList, int length) throws Exception {
        JoinInput in = new JoinInput(joinRequest(APP_KEY, JOIN_EUI, DEV_EUI, 0x1234), DeviceRootKeys.v10(APP_KEY),
                MacVersion.V1_0_3, state(41, NonceState.NONE), NET_ID, DEV_ADDR, DL_10, 5,
                withCfList ? EU868_CF_LIST : null);
        JoinOutcome out = handler.handle(in);

        byte[] plain = JoinTestFrames.open(APP_KEY, out.joinAcceptPhy());
        assertEquals(length, plain.length);
        JoinAccept ja = JoinTestFrames.decode(plain);
        assertEquals(List.of(42, NET_ID, DEV_ADDR, DL_10, 5, withCfList),
                List.of(ja.joinNonce(), ja.netId(), ja.devAddr(), ja.dlSettings(), ja.rxDelay(),
                        ja.cfList().isPresent()));
        assertEquals(JoinTestFrames.mic10(APP_KEY, plain), JoinTestFrames.micOf(plain));
        assertEquals(SessionKeys.of(KeyDerivation.derive10(APP_KEY, 42, NET_ID, 0x1234)), out.sessionKeys());
    }

    /** The CFList goes on air byte for byte, CN470's sixth ChMask (bytes 10..11) included. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "EU868,      184F84E85684B85E84886684586E8400",
            "US915 FSB2, 00FF0000000000000000000000000001",
            "CN470 FSB11, 00000000000000000000FF0000000001"
    })
    void cfListBytesAreSentAsGiven(String name, String hex) throws Exception {
        byte[] cfList = HexFormat.of().parseHex(hex);
        JoinInput in = new JoinInput(joinRequest(APP_KEY, JOIN_EUI, DEV_EUI, 1), DeviceRootKeys.v10(APP_KEY),
                MacVersion.V1_0_3, NonceState.initial(), NET_ID, DEV_ADDR, DL_10, 1, cfList);
        byte[] plain = JoinTestFrames.open(APP_KEY, handler.handle(in).joinAcceptPhy());
        assertArrayEquals(cfList, Arrays.copyOfRange(plain, 13, 29));
        assertEquals(JoinTestFrames.mic10(APP_KEY, plain), JoinTestFrames.micOf(plain));
    }

    @ParameterizedTest(name = "CFList {0}")
    @CsvSource({"false", "true"})
    void v11OptNegJoinAcceptDecryptsAndVerifies(boolean withCfList) throws Exception {
        int devNonce = 0x0102;
        JoinInput in = new JoinInput(joinRequest(NWK_KEY, JOIN_EUI, DEV_EUI, devNonce),
                DeviceRootKeys.v11(APP_KEY, NWK_KEY), MacVersion.V1_1, state(99, 0x0101), NET_ID, DEV_ADDR,
                DL_OPT_NEG, 1, withCfList ? EU868_CF_LIST : null);
        JoinOutcome out = handler.handle(in);

        byte[] plain = JoinTestFrames.open(NWK_KEY, out.joinAcceptPhy());
        JoinAccept ja = JoinTestFrames.decode(plain);
        assertEquals(100, ja.joinNonce());
        assertTrue(ja.dlSettings().optNeg());
        assertEquals(withCfList, ja.cfList().isPresent());
        AesKey jsIntKey = KeyDerivation.jsIntKey(NWK_KEY, DEV_EUI);
        assertEquals(JoinTestFrames.mic11(jsIntKey, 0xFF, JOIN_EUI, devNonce, plain), JoinTestFrames.micOf(plain));
        // The 1.0 MIC would be wrong: the device must see the 1.1 one.
        assertFalse(JoinTestFrames.mic10(NWK_KEY, plain) == JoinTestFrames.micOf(plain));
        assertEquals(SessionKeys.of(KeyDerivation.derive11(NWK_KEY, APP_KEY, 100, JOIN_EUI, devNonce)),
                out.sessionKeys());
        assertEquals(devNonce, out.newState().lastDevNonce());
        assertEquals(JOIN_EUI, out.joinEui());
        assertEquals(DEV_EUI, out.devEui());
    }

    @Test
    void v11DeviceOnA10NetworkGetsTheNwkKeyJoinAccept() throws Exception {
        MacVersion version = MacVersion.V1_1;
        JoinInput in = new JoinInput(joinRequest(NWK_KEY, JOIN_EUI, DEV_EUI, 3), DeviceRootKeys.v11(APP_KEY, NWK_KEY),
                version, NonceState.initial(), NET_ID, DEV_ADDR, DL_10, 1, null);
        JoinOutcome out = handler.handle(in);

        byte[] plain = JoinTestFrames.open(NWK_KEY, out.joinAcceptPhy());
        assertFalse(JoinTestFrames.decode(plain).dlSettings().optNeg());
        assertEquals(JoinTestFrames.mic10(NWK_KEY, plain), JoinTestFrames.micOf(plain));
        assertEquals(SessionKeys.of(KeyDerivation.derive10(NWK_KEY, 1, NET_ID, 3)), out.sessionKeys());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void refusesInconsistentInput(String name, Runnable build) {
        assertThrows(IllegalArgumentException.class, build::run);
    }

    static Stream<Arguments> badInputs() {
        byte[] phy = joinRequest(APP_KEY, JOIN_EUI, DEV_EUI, 1);
        JoinRequestHandler h = new JoinRequestHandler();
        return Stream.of(
                Arguments.of("OptNeg for a 1.0 device", (Runnable) () -> new JoinInput(phy,
                        DeviceRootKeys.v10(APP_KEY), MacVersion.V1_0_4, NonceState.initial(), NET_ID, DEV_ADDR,
                        DL_OPT_NEG, 1, null)),
                Arguments.of("1.1 device without NwkKey", (Runnable) () -> new JoinInput(phy,
                        DeviceRootKeys.v10(APP_KEY), MacVersion.V1_1, NonceState.initial(), NET_ID, DEV_ADDR,
                        DL_OPT_NEG, 1, null)),
                Arguments.of("CFList of 15 bytes", (Runnable) () -> handleQuietly(h, new JoinInput(phy,
                        DeviceRootKeys.v10(APP_KEY), MacVersion.V1_0_2, NonceState.initial(), NET_ID, DEV_ADDR,
                        DL_10, 1, new byte[15]))));
    }

    private static void handleQuietly(JoinRequestHandler h, JoinInput in) {
        try {
            h.handle(in);
        } catch (JoinRejected e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] flip(byte[] phy, int index) {
        byte[] out = phy.clone();
        out[index] ^= 0x01;
        return out;
    }

    private static byte[] truncate(byte[] phy) {
        byte[] out = new byte[phy.length - 1];
        System.arraycopy(phy, 0, out, 0, out.length);
        return out;
    }

    private static byte[] major1(byte[] phy) {
        byte[] out = phy.clone();
        out[0] |= 0x01;
        return out;
    }
}
