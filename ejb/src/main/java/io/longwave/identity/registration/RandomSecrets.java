package io.longwave.identity.registration;

import io.longwave.identity.auth.SecretToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.bouncycastle.util.encoders.Base32;

/**
 * Random secrets for the e-mailed tokens: 256 bits, base32 (upper case, no padding) so that they survive
 * being copied out of a mail. Stored only as SHA-256, like API keys (see {@link SecretToken}).
 */
final class RandomSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecrets() {
    }

    static String token() {
        return base32(32);
    }

    static String id() {
        return base32(20);
    }

    static String hash(String token) {
        return SecretToken.sha256(token.trim());
    }

    /** Constant-time comparison of a presented token against a stored hash. */
    static boolean matches(String token, String storedHash) {
        return token != null && storedHash != null && MessageDigest.isEqual(
                hash(token).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static String base32(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base32.toBase32String(b).replace("=", "");
    }
}
