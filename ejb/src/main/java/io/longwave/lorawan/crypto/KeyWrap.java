package io.longwave.lorawan.crypto;

import io.longwave.lorawan.LorawanException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.Wrapper;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.RFC3394WrapEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/** RFC 3394 AES key wrap, used to hand session keys between network, join and application servers. */
public final class KeyWrap {

    private static final int SEMIBLOCK = 8;

    private KeyWrap() {
    }

    /** Wraps {@code plaintext} (a multiple of 8 bytes, at least 16) under the key-encryption key. */
    public static byte[] wrap(AesKey kek, byte[] plaintext) throws LorawanException {
        if (plaintext == null || plaintext.length < 2 * SEMIBLOCK || plaintext.length % SEMIBLOCK != 0) {
            throw new LorawanException(LorawanException.Reason.BAD_KEY,
                    "key wrap input must be a multiple of 8 bytes, at least 16");
        }
        Wrapper wrapper = engine(kek, true);
        return wrapper.wrap(plaintext, 0, plaintext.length);
    }

    /** Convenience for the usual case of wrapping one AES-128 key (24 bytes out). */
    public static byte[] wrap(AesKey kek, AesKey key) throws LorawanException {
        return wrap(kek, key.bytes());
    }

    /** Unwraps and checks the RFC 3394 integrity value; a wrong KEK or tampered data is refused. */
    public static byte[] unwrap(AesKey kek, byte[] wrapped) throws LorawanException {
        if (wrapped == null || wrapped.length < 3 * SEMIBLOCK || wrapped.length % SEMIBLOCK != 0) {
            throw new LorawanException(LorawanException.Reason.BAD_KEY,
                    "wrapped key must be a multiple of 8 bytes, at least 24");
        }
        try {
            return engine(kek, false).unwrap(wrapped, 0, wrapped.length);
        } catch (InvalidCipherTextException e) {
            throw new LorawanException(LorawanException.Reason.BAD_KEY, "key unwrap integrity check failed");
        }
    }

    /** Unwraps one AES-128 key. */
    public static AesKey unwrapKey(AesKey kek, byte[] wrapped) throws LorawanException {
        if (wrapped == null || wrapped.length != 3 * SEMIBLOCK) {
            throw new LorawanException(LorawanException.Reason.BAD_KEY, "a wrapped AES-128 key is 24 bytes");
        }
        return new AesKey(unwrap(kek, wrapped));
    }

    private static Wrapper engine(AesKey kek, boolean forWrapping) {
        Wrapper wrapper = new RFC3394WrapEngine(AESEngine.newInstance());
        wrapper.init(forWrapping, new KeyParameter(kek.bytes()));
        return wrapper;
    }
}
