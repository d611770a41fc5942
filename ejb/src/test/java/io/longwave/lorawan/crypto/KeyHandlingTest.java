package io.longwave.lorawan.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanException;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyHandlingTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00112233445566778899AABBCCDDEEFF", "2B7E151628AED2A6ABF7158809CF4F3C"})
    void keyNeverPrintsItsBytes(String hex) throws Exception {
        AesKey key = AesKey.fromHex(hex);
        assertFalse(key.toString().toUpperCase().contains(hex.substring(0, 8)));
        assertFalse(new KeyContext(key).toString().toUpperCase().contains(hex.substring(0, 8)));
        assertEquals(hex, key.toHex());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00", "0011223344556677889900AABBCCDDEEFF", "zz112233445566778899AABBCCDDEEFF"})
    void badKeyTextIsTypedError(String hex) {
        LorawanException e = assertThrows(LorawanException.class, () -> AesKey.fromHex(hex));
        assertEquals(LorawanException.Reason.BAD_KEY, e.reason());
    }

    /** RFC 3394 section 4.1, the only published vector with a 128-bit KEK. */
    @ParameterizedTest
    @CsvSource({
            "000102030405060708090A0B0C0D0E0F, 00112233445566778899AABBCCDDEEFF, 1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5",
    })
    void rfc3394WrapAndUnwrap(String kek, String plain, String wrapped) throws Exception {
        AesKey k = AesKey.fromHex(kek);
        assertArrayEquals(hex(wrapped), KeyWrap.wrap(k, hex(plain)));
        assertArrayEquals(hex(plain), KeyWrap.unwrap(k, hex(wrapped)));
    }

    @ParameterizedTest
    @CsvSource({
            "000102030405060708090A0B0C0D0E0E, 1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5",
            "000102030405060708090A0B0C0D0E0F, 1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE4",
            "000102030405060708090A0B0C0D0E0F, 1FA68B0A8112B447AEF34BD8FB5A7B82",
            "000102030405060708090A0B0C0D0E0F, 1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CF",
    })
    void badUnwrapIsTypedError(String kek, String wrapped) throws Exception {
        AesKey k = AesKey.fromHex(kek);
        LorawanException e = assertThrows(LorawanException.class, () -> KeyWrap.unwrapKey(k, hex(wrapped)));
        assertEquals(LorawanException.Reason.BAD_KEY, e.reason());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 16, 18, 32, 34})
    void joinAcceptCipherRefusesWrongLengths(int length) throws Exception {
        AesKey k = AesKey.fromHex("000102030405060708090A0B0C0D0E0F");
        LorawanException e = assertThrows(LorawanException.class, () -> JoinAcceptCipher.decrypt(k, new byte[length]));
        assertEquals(LorawanException.Reason.BAD_JOIN_ACCEPT, e.reason());
    }
}
