package io.longwave.gateway.cups;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialBlobTest {

    private static final byte[] TRUST = HexFormat.of().parseHex("3082000102");

    static Stream<Arguments> tokens() {
        return Stream.of(
                Arguments.of("NNSXS.ABC.DEF", "Authorization: Bearer NNSXS.ABC.DEF\r\n"),
                Arguments.of("Bearer NNSXS.ABC.DEF", "Authorization: Bearer NNSXS.ABC.DEF\r\n"),
                Arguments.of("bearer NNSXS.ABC.DEF", "Authorization: bearer NNSXS.ABC.DEF\r\n"),
                Arguments.of("  NNSXS.X.Y\r\n", "Authorization: Bearer NNSXS.X.Y\r\n"));
    }

    @ParameterizedTest
    @MethodSource("tokens")
    void tokenBlobIsTrustThenNoCertificateThenTheHeader(String token, String header) {
        byte[] expected = concat(TRUST, new byte[4], header.getBytes(StandardCharsets.US_ASCII));
        assertArrayEquals(expected, CredentialBlob.token(TRUST, token));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "a\nAuthorization: x", "a\rb"})
    void aTokenIsOneLine(String token) {
        assertThrows(IllegalArgumentException.class, () -> CredentialBlob.token(TRUST, token));
    }

    static Stream<Arguments> crcs() {
        return Stream.of(
                Arguments.of("", 0L),
                Arguments.of("123456789", 0xCBF43926L), // the CRC-32 check value
                Arguments.of("\0\0\0\0", 0x2144DF1CL));
    }

    @ParameterizedTest
    @MethodSource("crcs")
    void crcIsCrc32OverTheFiles(String content, long crc) {
        assertEquals(crc, CredentialBlob.crc(content.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
