package io.longwave.lorawan.crypto;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * One session key with its AES key schedule and CMAC sub-keys computed once, so that per-frame work is
 * only block operations. NOT thread-safe: it keeps cipher state and scratch buffers; hold one per key
 * per thread.
 */
public final class KeyContext {

    private final AesKey key;
    private final BlockCipher encryptor;
    private final CMac cmac;
    private final byte[] macOut = new byte[16];

    public KeyContext(AesKey key) {
        this.key = key;
        KeyParameter parameter = new KeyParameter(key.bytes());
        this.encryptor = AESEngine.newInstance();
        this.encryptor.init(true, parameter);
        this.cmac = new CMac(AESEngine.newInstance());
        this.cmac.init(parameter);
    }

    public AesKey key() {
        return key;
    }

    /** AES-128 encryption of one block. */
    public void encryptBlock(byte[] in, int inOff, byte[] out, int outOff) {
        encryptor.processBlock(in, inOff, out, outOff);
    }

    /** The first four bytes of AES-CMAC over {@code msg[off..off+len)}, as a big-endian int. */
    public int mic(byte[] msg, int off, int len) {
        return mic(msg, 0, msg, off, len);
    }

    /**
     * The first four bytes of AES-CMAC over {@code prefix[0..prefixLen) | msg[off..off+len)}, as a
     * big-endian int (the order in which the MIC appears on air).
     */
    public int mic(byte[] prefix, int prefixLen, byte[] msg, int off, int len) {
        cmac.update(prefix, 0, prefixLen);
        cmac.update(msg, off, len);
        cmac.doFinal(macOut, 0);
        return (macOut[0] & 0xFF) << 24 | (macOut[1] & 0xFF) << 16 | (macOut[2] & 0xFF) << 8 | (macOut[3] & 0xFF);
    }

    @Override
    public String toString() {
        return "KeyContext[redacted]";
    }
}
