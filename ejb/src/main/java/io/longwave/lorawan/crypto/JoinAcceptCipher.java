package io.longwave.lorawan.crypto;

import io.longwave.lorawan.LorawanException;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Join-accept encryption. The network encrypts with AES <em>decrypt</em> so that the device only needs
 * AES encrypt to read it; MHDR stays in clear. The key is NwkKey (AppKey in 1.0) for a join-request,
 * JSEncKey for a rejoin-request.
 */
public final class JoinAcceptCipher {

    private JoinAcceptCipher() {
    }

    /** Encrypts a plaintext join-accept PHYPayload (MHDR | fields | MIC) for transmission. */
    public static byte[] encrypt(AesKey key, byte[] plainPhy) throws LorawanException {
        return transform(key, plainPhy, false);
    }

    /** Decrypts a received join-accept PHYPayload; the MIC is then the last four bytes of the result. */
    public static byte[] decrypt(AesKey key, byte[] encryptedPhy) throws LorawanException {
        return transform(key, encryptedPhy, true);
    }

    private static byte[] transform(AesKey key, byte[] phy, boolean aesEncrypt) throws LorawanException {
        if (phy == null || (phy.length != 17 && phy.length != 33)) {
            throw new LorawanException(LorawanException.Reason.BAD_JOIN_ACCEPT,
                    "a join-accept is 17 or 33 bytes, got " + (phy == null ? "none" : phy.length));
        }
        BlockCipher aes = AESEngine.newInstance();
        aes.init(aesEncrypt, new KeyParameter(key.bytes()));
        byte[] out = new byte[phy.length];
        out[0] = phy[0];
        for (int off = 1; off < phy.length; off += 16) {
            aes.processBlock(phy, off, out, off);
        }
        return out;
    }
}
