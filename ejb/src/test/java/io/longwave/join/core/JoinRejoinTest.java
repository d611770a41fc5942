package io.longwave.join.core;

import static io.longwave.join.core.JoinTestFrames.APP_KEY;
import static io.longwave.join.core.JoinTestFrames.DEV_ADDR;
import static io.longwave.join.core.JoinTestFrames.DEV_EUI;
import static io.longwave.join.core.JoinTestFrames.JOIN_EUI;
import static io.longwave.join.core.JoinTestFrames.NET_ID;
import static io.longwave.join.core.JoinTestFrames.NWK_KEY;
import static io.longwave.join.core.JoinTestFrames.OTHER_KEY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.join.core.JoinRejected.Reason;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.frame.DlSettings;
import io.longwave.lorawan.frame.JoinAccept;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LoRaWAN 1.1 rejoin-requests: type 0 and 2 through the Network Server's session key, type 1 with JSIntKey. */
class JoinRejoinTest {

    private static final AesKey S_NWK_S_INT_KEY = JoinTestFrames.key("5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A5A");
    private static final AesKey JS_INT_KEY = KeyDerivation.jsIntKey(NWK_KEY, DEV_EUI);
    private static final AesKey JS_ENC_KEY = KeyDerivation.jsEncKey(NWK_KEY, DEV_EUI);
    private static final DlSettings DL = new DlSettings(true, 2, 5);

    private final JoinRequestHandler handler = new JoinRequestHandler();

    static NonceState state(int rjCount0, int rjCount1) {
        return new NonceState(500, 20, new BitSet(), rjCount0, rjCount1);
    }

    static byte[] rejoin(int type, AesKey key, int rjCount) {
        return type == 1 ? JoinTestFrames.rejoin1(key, JOIN_EUI, DEV_EUI, rjCount)
                : JoinTestFrames.rejoin02(key, type, NET_ID, DEV_EUI, rjCount);
    }

    static AesKey micKey(int type) {
        return type == 1 ? JS_INT_KEY : S_NWK_S_INT_KEY;
    }

    static JoinInput input(NonceState state, byte[] phy, DlSettings dl) {
        return new JoinInput(phy, DeviceRootKeys.v11(APP_KEY, NWK_KEY), MacVersion.V1_1, state, NET_ID, DEV_ADDR,
                dl, 3, null, new CurrentSession(JOIN_EUI, S_NWK_S_INT_KEY));
    }

    @ParameterizedTest(name = "type {0}, RJcount {1} after {2}")
    @CsvSource({
            "0, 0, -1",
            "0, 8, 7",
            "2, 1, 0",
            "2, 65535, 65534",
            "1, 0, -1",
            "1, 300, 299"
    })
    void accepted(int type, int rjCount, int last) throws Exception {
        NonceState before = type == 1 ? state(NonceState.NONE, last) : state(last, NonceState.NONE);
        JoinOutcome out = handler.handle(input(before, rejoin(type, micKey(type), rjCount), DL));

        JoinRequestType expectedType = JoinRequestType.values()[type + 1];
        assertEquals(expectedType, out.requestType());
        assertEquals(type == 2, out.keepsRadioParameters());
        assertEquals(501, out.joinNonce());
        assertEquals(rjCount, out.devNonce());
        assertEquals(JOIN_EUI, out.joinEui());
        assertEquals(DEV_EUI, out.devEui());

        // The device opens the answer to a rejoin with JSEncKey and checks the 1.1 MIC over its RJcount.
        byte[] plain = JoinTestFrames.open(JS_ENC_KEY, out.joinAcceptPhy());
        JoinAccept ja = JoinTestFrames.decode(plain);
        assertEquals(501, ja.joinNonce());
        assertEquals(DEV_ADDR, ja.devAddr());
        assertEquals(JoinTestFrames.mic11(JS_INT_KEY, type, JOIN_EUI, rjCount, plain), JoinTestFrames.micOf(plain));
        assertEquals(SessionKeys.of(KeyDerivation.derive11(NWK_KEY, APP_KEY, 501, JOIN_EUI, rjCount)),
                out.sessionKeys());

        // A new session restarts RJcount0 on the device; RJcount1 lives as long as the root keys.
        assertEquals(NonceState.NONE, out.newState().lastRjCount0());
        assertEquals(type == 1 ? rjCount : NonceState.NONE, out.newState().lastRjCount1());
        assertEquals(20, out.newState().lastDevNonce());
    }

    @ParameterizedTest(name = "type {0}, RJcount {1} after {2}: {3}")
    @CsvSource({
            "0, 7, 7, RJ_COUNT_REPLAYED",
            "0, 6, 7, RJ_COUNT_REPLAYED",
            "2, 7, 7, RJ_COUNT_REPLAYED",
            "1, 299, 299, RJ_COUNT_REPLAYED",
            "1, 0, 299, RJ_COUNT_REPLAYED"
    })
    void replayRefused(int type, int rjCount, int last, Reason reason) {
        NonceState before = type == 1 ? state(NonceState.NONE, last) : state(last, NonceState.NONE);
        byte[] stored = before.encode();
        JoinRejected e = assertThrows(JoinRejected.class,
                () -> handler.handle(input(before, rejoin(type, micKey(type), rjCount), DL)));
        assertEquals(reason, e.reason());
        assertArrayEquals(stored, before.encode());
    }

    @ParameterizedTest(name = "type {0} signed with the wrong key")
    @CsvSource({"0", "1", "2"})
    void badMicRefused(int type) {
        // Type 1 signed with SNwkSIntKey and types 0/2 with JSIntKey: each key is only right for its type.
        AesKey wrong = type == 1 ? S_NWK_S_INT_KEY : JS_INT_KEY;
        for (AesKey key : new AesKey[] {wrong, OTHER_KEY}) {
            JoinRejected e = assertThrows(JoinRejected.class,
                    () -> handler.handle(input(state(NonceState.NONE, NonceState.NONE), rejoin(type, key, 1), DL)));
            assertEquals(Reason.MIC_FAILED, e.reason());
        }
    }

    @Test
    void rejoinWithoutOptNegIsNotAccepted() {
        JoinRejected e = assertThrows(JoinRejected.class, () -> handler.handle(
                input(NonceState.initial(), rejoin(1, JS_INT_KEY, 1), new DlSettings(false, 0, 0))));
        assertEquals(Reason.WRONG_MTYPE, e.reason());
    }

    @Test
    void rejoinType0NeedsTheCurrentSession() {
        JoinInput in = new JoinInput(rejoin(0, S_NWK_S_INT_KEY, 1), DeviceRootKeys.v11(APP_KEY, NWK_KEY),
                MacVersion.V1_1, NonceState.initial(), NET_ID, DEV_ADDR, DL, 3, null);
        assertThrows(IllegalArgumentException.class, () -> handler.handle(in));
    }

    @Test
    void joinRequestAfterRejoinStartsRjCount0Again() throws Exception {
        NonceState s = handler.handle(input(state(NonceState.NONE, NonceState.NONE), rejoin(0, S_NWK_S_INT_KEY, 9),
                DL)).newState();
        // RJcount0 0 is accepted again in the new session.
        JoinOutcome out = handler.handle(input(s, rejoin(2, S_NWK_S_INT_KEY, 0), DL));
        assertEquals(502, out.joinNonce());
    }
}
