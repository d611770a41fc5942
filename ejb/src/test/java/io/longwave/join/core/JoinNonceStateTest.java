package io.longwave.join.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JoinNonceStateTest {

    private static final int NONE = NonceState.NONE;

    static BitSet bits(int from, int to, int step) {
        BitSet b = new BitSet();
        for (int i = from; i < to; i += step) {
            b.set(i);
        }
        return b;
    }

    static Stream<Arguments> states() {
        return Stream.of(
                Arguments.of("initial", NonceState.initial(), 11),
                Arguments.of("1.1 counters", new NonceState(0xABCDEF, 0x1234, new BitSet(), 7, 0xFFFF), 11),
                Arguments.of("zero counters", new NonceState(0, 0, new BitSet(), 0, 0), 11),
                Arguments.of("JoinNonce at its maximum", new NonceState(0xFFFFFF, NONE, new BitSet(), NONE, NONE), 11),
                Arguments.of("1.0 nonces 0 and 65535", new NonceState(2, NONE, bits(0, 65536, 65535), NONE, NONE),
                        11 + 8192),
                Arguments.of("1.0 a few low nonces", new NonceState(3, NONE, bits(0, 24, 7), NONE, NONE), 11 + 3),
                Arguments.of("1.0 every nonce", new NonceState(65536, NONE, bits(0, 65536, 1), NONE, NONE),
                        11 + 8192));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void roundTrip(String name, NonceState state, int encodedLength) {
        byte[] encoded = state.encode();
        assertEquals(encodedLength, encoded.length);
        NonceState decoded = NonceState.decode(encoded);
        assertEquals(state, decoded);
        assertArrayEquals(encoded, decoded.encode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "empty,          ''",
            "short header,   01000000000000000000",
            "unknown format, 0200000000000000000000"
    })
    void refusesWhatEncodeCannotMake(String name, String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertThrows(IllegalArgumentException.class, () -> NonceState.decode(bytes));
    }

    @ParameterizedTest(name = "JoinNonce {0}, DevNonce {1}, RJcount0 {2}, RJcount1 {3}")
    @CsvSource({
            "-1, -1, -1, -1",
            "16777216, -1, -1, -1",
            "0, 65536, -1, -1",
            "0, -2, -1, -1",
            "0, -1, 65536, -1",
            "0, -1, -1, 65536"
    })
    void refusesOutOfRange(int joinNonce, int devNonce, int rj0, int rj1) {
        assertThrows(IllegalArgumentException.class, () -> new NonceState(joinNonce, devNonce, new BitSet(), rj0, rj1));
    }

    @Test
    void isImmutable() {
        BitSet used = bits(0, 4, 1);
        NonceState s = new NonceState(1, NONE, used, NONE, NONE);
        used.set(9);
        s.usedDevNonces().set(10);
        assertFalse(s.devNonceUsed(9));
        assertFalse(s.devNonceUsed(10));
        NonceState t = s.withUsedDevNonce(11);
        assertFalse(s.devNonceUsed(11));
        assertTrue(t.devNonceUsed(11));
    }

    @Test
    void toStringSummarisesTheSet() {
        assertTrue(new NonceState(1, NONE, bits(0, 65536, 1), NONE, NONE).toString().contains("65536 used"));
    }
}
