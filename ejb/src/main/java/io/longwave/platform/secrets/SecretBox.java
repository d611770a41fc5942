package io.longwave.platform.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Seals secrets of any length (gateway tokens, CUPS keys) with AES-256-GCM under a key derived from
 * the key-encryption key by HKDF-SHA256, so the KEK itself only ever wraps LoRaWAN keys (RFC 3394
 * needs multiples of 8 bytes; tokens are not). The {@code context} (e.g. {@code gateway/gw1/lbs_lns_secret})
 * is authenticated data: a sealed value copied to another row or field does not open there.
 * Stored form: {@code gcm1:} + base64(12-byte nonce | ciphertext | 16-byte tag).
 */
public final class SecretBox {

    static final String PREFIX = "gcm1:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] INFO = "longwave secrets v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec key;
    private final SecureRandom random;

    public SecretBox(byte[] keyEncryptionKey, SecureRandom random) {
        Objects.requireNonNull(keyEncryptionKey, "keyEncryptionKey");
        this.random = Objects.requireNonNull(random, "random");
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(keyEncryptionKey, null, INFO));
        byte[] derived = new byte[32];
        hkdf.generateBytes(derived, 0, derived.length);
        this.key = new SecretKeySpec(derived, "AES");
        Arrays.fill(derived, (byte) 0);
    }

    public String seal(byte[] plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher gcm = cipher(Cipher.ENCRYPT_MODE, nonce, context);
            byte[] sealed = gcm.doFinal(plaintext);
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /** @throws IllegalStateException when the value was sealed under another KEK or another context, or was altered */
    public byte[] open(String stored, String context) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        if (raw.length < NONCE + TAG_BITS / 8) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        try {
            Cipher gcm = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(raw, NONCE), context);
            return gcm.doFinal(raw, NONCE, raw.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed secret does not open: another KEK, another context, or altered", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        gcm.updateAAD(Objects.requireNonNull(context, "context").getBytes(StandardCharsets.UTF_8));
        return gcm;
    }
}
