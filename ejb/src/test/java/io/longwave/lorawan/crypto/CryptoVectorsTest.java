package io.longwave.lorawan.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.lorawan.Direction;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Published vectors of two independent stacks (The Things Stack pkg/crypto tests and ChirpStack lrwn
 * doc examples) for the MIC and cipher variants that the lora-packet file does not cover.
 */
class CryptoVectorsTest {

    private static final String ONES = "01010101010101010101010101010101";

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    private static KeyContext ctx(String key) throws Exception {
        return new KeyContext(AesKey.fromHex(key));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "join-request,            " + ONES + ", 000807060504030201080706050403020102 01, E6E10C55",
            "rejoin type 0,           " + ONES + ", C000030201080706050403020102 01, 11DA47BD",
            "rejoin type 1,           " + ONES + ", C00108070605040302010807060504030201 0201, 67F9ABE7",
            "rejoin type 2,           " + ONES + ", C002030201080706050403020102 01, 2B459CF0",
            "join-accept 1.0,         " + ONES + ", 20030201030201040302010001, 32F54AB3",
    })
    void plainCmacMics(String name, String key, String msg, String mic) throws Exception {
        byte[] m = hex(msg.replace(" ", ""));
        assertEquals((int) Long.parseLong(mic, 16), JoinMic.compute(ctx(key), m, 0, m.length));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "TTS,       " + ONES + ",                      FF, 0807060504030201, 0201, 20030201030201040302010001, 48E9BE5F",
            "ChirpStack, 0102030405060708090a0b0c0d0e0f10, FF, 0807060504030201, 0102, 20010101020202040302018000, 93FF9A3A",
    })
    void joinAccept11Mic(String source, String key, String type, String joinEui, String devNonce, String msg,
                         String mic) throws Exception {
        byte[] m = hex(msg);
        int got = JoinMic.joinAccept11(ctx(key), Integer.parseInt(type, 16), Long.parseUnsignedLong(joinEui, 16),
                Integer.parseInt(devNonce, 16), m, 0, m.length);
        assertEquals((int) Long.parseLong(mic, 16), got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "legacy uplink,   UPLINK,   3B073182",
            "legacy downlink, DOWNLINK, A5609FA9",
    })
    void legacyDataMic(String name, Direction dir, String mic) throws Exception {
        byte[] m = hex("40040302010001000101020304");
        assertEquals((int) Long.parseLong(mic, 16), DataMic.legacy(ctx(ONES), dir, 0x01020304, 1, m, 0, m.length));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // TTS: both 1.1 keys equal, so each half is the legacy MIC's first two bytes
            "TTS uplink,    " + ONES + ", " + ONES + ", 40040302010001000101020304, 3B073B07",
    })
    void uplink11Mic(String name, String fKey, String sKey, String msg, String mic) throws Exception {
        byte[] m = hex(msg);
        assertEquals((int) Long.parseLong(mic, 16),
                DataMic.uplink11(ctx(fKey), ctx(sKey), 0, 0, 0, 0x01020304, 1, m, 0, m.length));
    }

    /**
     * With distinct keys: the low half must be cmacF (B0 with FNwkSIntKey, i.e. the top of the 1.0 MIC
     * under that key) and only the high half (B1 with SNwkSIntKey) may depend on ConfFCnt, TxDr and TxCh.
     */
    @ParameterizedTest(name = "confFCnt={0} txDr={1} txCh={2}")
    @CsvSource({"0, 0, 0", "7, 5, 2", "65535, 15, 71"})
    void uplink11HalvesComeFromTheRightKeys(int confFCnt, int txDr, int txCh) throws Exception {
        KeyContext f = ctx("2B7E151628AED2A6ABF7158809CF4F3C");
        KeyContext s = ctx("000102030405060708090A0B0C0D0E0F");
        byte[] m = hex("40040302010001000101020304");
        int mic = DataMic.uplink11(f, s, confFCnt, txDr, txCh, 0x01020304, 1, m, 0, m.length);
        int legacyF = DataMic.legacy(f, Direction.UPLINK, 0x01020304, 1, m, 0, m.length);
        assertEquals(legacyF >>> 16, mic & 0xFFFF);
        int base = DataMic.uplink11(f, s, 0, 0, 0, 0x01020304, 1, m, 0, m.length);
        assertEquals(confFCnt == 0 && txDr == 0 && txCh == 0, (base >>> 16) == (mic >>> 16));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "TTS,        " + ONES + ",                     1, 40040302010001000101020304,         A5609FA9",
            "ChirpStack, 01010101010101010101010101010100, 0, 6004030201030000 22AC0A 01F0B468DD, AA5ED13A",
    })
    void downlink11Mic(String name, String key, long fCnt, String msg, String mic) throws Exception {
        byte[] m = hex(msg.replace(" ", ""));
        assertEquals((int) Long.parseLong(mic, 16), DataMic.downlink11(ctx(key), 0, 0x01020304, fCnt, m, 0, m.length));
    }

    /**
     * ChirpStack's 1.1 downlink example (FPort 1, hence AFCntDown) pins the errata block; the other rows
     * build block A literally and encrypt it with the JDK's AES as an independent reference.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "APPLICATION_DOWN, DOWNLINK, 01010101010101010101010101010200, 0, 020701, 22AC0A, ''",
            "NETWORK,          DOWNLINK, 01010101010101010101010101010200, 0, 020701, '', 01000000010104030201000000000001",
            "NETWORK,          UPLINK,   " + ONES + ", 258, 0307FF, '', 01000000010004030201020100000001",
    })
    void fOpts11(PayloadCipher.FOptsCounter counter, Direction dir, String key, long fCnt, String plain,
                 String expected, String blockA) throws Exception {
        byte[] want = expected.isEmpty() ? xorWithJdkAes(key, blockA, hex(plain)) : hex(expected);
        assertArrayEquals(want, PayloadCipher.fOpts11(ctx(key), counter, dir, 0x01020304, fCnt, hex(plain)));
    }

    private static byte[] xorWithJdkAes(String key, String blockA, byte[] plain) throws Exception {
        javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/ECB/NoPadding");
        aes.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(hex(key), "AES"));
        byte[] s = aes.doFinal(hex(blockA));
        byte[] out = new byte[plain.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (plain[i] ^ s[i]);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "TTS uplink,        " + ONES + ", UPLINK,   1, 01020304, CFF30B4E",
            "TTS downlink,      " + ONES + ", DOWNLINK, 1, 01020304, 4E75F440",
            "ChirpStack 1.1 dn, 100f0e0d0c0b0a090807060504030201, DOWNLINK, 0, 01020304, F0B468DD",
    })
    void frmPayloadCipher(String name, String key, Direction dir, long fCnt, String plain, String encrypted)
            throws Exception {
        byte[] p = hex(plain);
        assertArrayEquals(hex(encrypted), PayloadCipher.frmPayload(ctx(key), dir, 0x01020304, fCnt, p, 0, p.length));
        byte[] e = hex(encrypted);
        assertArrayEquals(p, PayloadCipher.frmPayload(ctx(key), dir, 0x01020304, fCnt, e, 0, e.length));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "TTS, " + ONES + ", 20030201030201040302010001 32F54AB3, 20C9FBB259E11649096A568A9E3B7117C3",
    })
    void joinAcceptCipher(String name, String key, String plain, String encrypted) throws Exception {
        byte[] p = hex(plain.replace(" ", ""));
        assertArrayEquals(hex(encrypted), JoinAcceptCipher.encrypt(AesKey.fromHex(key), p));
        assertArrayEquals(p, JoinAcceptCipher.decrypt(AesKey.fromHex(key), hex(encrypted)));
    }
}
