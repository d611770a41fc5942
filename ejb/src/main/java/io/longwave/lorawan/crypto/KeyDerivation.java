package io.longwave.lorawan.crypto;

import io.longwave.lorawan.LittleEndian;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/** Session and lifetime key derivation: each key is AES-128 encrypt(root key, type | fields | zero pad). */
public final class KeyDerivation {

    private static final int F_NWK_S_INT_KEY = 0x01;
    private static final int NWK_S_KEY = 0x01;
    private static final int APP_S_KEY = 0x02;
    private static final int S_NWK_S_INT_KEY = 0x03;
    private static final int NWK_S_ENC_KEY = 0x04;
    private static final int JS_ENC_KEY = 0x05;
    private static final int JS_INT_KEY = 0x06;

    private KeyDerivation() {
    }

    /**
     * LoRaWAN 1.0.x: block = type | JoinNonce (AppNonce) | NetID | DevNonce | pad.
     *
     * @param rootKey AppKey (1.0) or NwkKey (1.1 network, OptNeg unset)
     */
    public static SessionKeys10 derive10(AesKey rootKey, int joinNonce, int netId, int devNonce) {
        BlockCipher aes = encryptor(rootKey);
        return new SessionKeys10(
                derive(aes, block10(NWK_S_KEY, joinNonce, netId, devNonce)),
                derive(aes, block10(APP_S_KEY, joinNonce, netId, devNonce)));
    }

    /** LoRaWAN 1.1: block = type | JoinNonce | JoinEUI | DevNonce | pad; AppSKey from AppKey, others from NwkKey. */
    public static SessionKeys11 derive11(AesKey nwkKey, AesKey appKey, int joinNonce, long joinEui, int devNonce) {
        BlockCipher nwk = encryptor(nwkKey);
        return new SessionKeys11(
                derive(nwk, block11(F_NWK_S_INT_KEY, joinNonce, joinEui, devNonce)),
                derive(nwk, block11(S_NWK_S_INT_KEY, joinNonce, joinEui, devNonce)),
                derive(nwk, block11(NWK_S_ENC_KEY, joinNonce, joinEui, devNonce)),
                derive(encryptor(appKey), block11(APP_S_KEY, joinNonce, joinEui, devNonce)));
    }

    /** JSIntKey = aes128_encrypt(NwkKey, 0x06 | DevEUI | pad). */
    public static AesKey jsIntKey(AesKey nwkKey, long devEui) {
        return derive(encryptor(nwkKey), blockEui(JS_INT_KEY, devEui));
    }

    /** JSEncKey = aes128_encrypt(NwkKey, 0x05 | DevEUI | pad). */
    public static AesKey jsEncKey(AesKey nwkKey, long devEui) {
        return derive(encryptor(nwkKey), blockEui(JS_ENC_KEY, devEui));
    }

    private static byte[] block10(int type, int joinNonce, int netId, int devNonce) {
        byte[] b = new byte[16];
        b[0] = (byte) type;
        LittleEndian.write(b, 1, 3, joinNonce);
        LittleEndian.write(b, 4, 3, netId);
        LittleEndian.write(b, 7, 2, devNonce);
        return b;
    }

    private static byte[] block11(int type, int joinNonce, long joinEui, int devNonce) {
        byte[] b = new byte[16];
        b[0] = (byte) type;
        LittleEndian.write(b, 1, 3, joinNonce);
        LittleEndian.write(b, 4, 8, joinEui);
        LittleEndian.write(b, 12, 2, devNonce);
        return b;
    }

    private static byte[] blockEui(int type, long devEui) {
        byte[] b = new byte[16];
        b[0] = (byte) type;
        LittleEndian.write(b, 1, 8, devEui);
        return b;
    }

    private static BlockCipher encryptor(AesKey key) {
        BlockCipher aes = AESEngine.newInstance();
        aes.init(true, new KeyParameter(key.bytes()));
        return aes;
    }

    private static AesKey derive(BlockCipher aes, byte[] block) {
        byte[] out = new byte[16];
        aes.processBlock(block, 0, out, 0);
        return new AesKey(out);
    }
}
