package io.longwave.identity.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.util.encoders.Base32;

/**
 * A bearer secret in The Things Stack form {@code PREFIX.ID.SECRET}: the ID finds the stored row, the
 * secret is compared by its SHA-256. The secret has 256 random bits, so a fast hash is enough: unlike a
 * password it cannot be guessed from a dictionary, and API calls must not pay for a slow hash.
 */
public record SecretToken(String prefix, String id, String secret) {

    public static final String API_KEY = "NNSXS";
    public static final String ACCESS_TOKEN = "MFRWG";

    public static SecretToken generate(String prefix, SecureRandom random) {
        return new SecretToken(prefix, randomBase32(random, 20), randomBase32(random, 32));
    }

    /** A token with the same ID and a new secret (the refresh half of an OAuth token pair). */
    public SecretToken sibling(SecureRandom random) {
        return new SecretToken(prefix, id, randomBase32(random, 32));
    }

    public static Optional<SecretToken> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.trim().split("\\.", -1);
        if (parts.length != 3 || parts[1].isEmpty() || parts[2].isEmpty()
                || !parts[1].matches("[A-Z2-7]{1,64}") || !parts[2].matches("[A-Z2-7]{1,128}")) {
            return Optional.empty();
        }
        return Optional.of(new SecretToken(parts[0], parts[1], parts[2]));
    }

    public String value() {
        return prefix + "." + id + "." + secret;
    }

    public String secretHash() {
        return hashOf(secret);
    }

    /** Constant-time comparison against a stored hash. */
    public boolean matches(String storedHash) {
        return hashMatches(secret, storedHash);
    }

    /** A bare 256-bit random secret in the same alphabet, for tokens that travel without prefix and ID (e-mails). */
    public static String randomSecret(SecureRandom random) {
        return randomBase32(random, 32);
    }

    /** A random row ID in the same alphabet. */
    public static String randomId(SecureRandom random) {
        return randomBase32(random, 20);
    }

    /** The stored form of a presented secret; surrounding blanks (copied from a mail) do not count. */
    public static String hashOf(String presented) {
        return sha256(presented.trim());
    }

    /** Constant-time comparison of a presented secret against a stored hash; null never matches. */
    public static boolean hashMatches(String presented, String storedHash) {
        return presented != null && storedHash != null && MessageDigest.isEqual(
                hashOf(presented).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static String randomBase32(SecureRandom random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base32.toBase32String(b).replace("=", "");
    }

    @Override
    public String toString() {
        return prefix + "." + id + ".<redacted>";
    }
}
