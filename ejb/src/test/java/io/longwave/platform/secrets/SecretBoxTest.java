package io.longwave.platform.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretBoxTest {

    private static final byte[] KEK = new byte[16];
    private final SecretBox box = new SecretBox(KEK, new SecureRandom());

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 15, 16, 17, 100, 1000})
    void anyLengthRoundTrips(int length) {
        byte[] secret = new byte[length];
        new SecureRandom().nextBytes(secret);
        String sealed = box.seal(secret, "gateway/gw/lbs_lns_secret");
        assertTrue(sealed.startsWith("gcm1:"));
        assertArrayEquals(secret, box.open(sealed, "gateway/gw/lbs_lns_secret"));
    }

    @Test
    void theStoredFormHoldsNoPlaintextAndDiffersEachTime() {
        byte[] token = "NNSXS.ABCDEFGHIJ.KLMNOPQRSTUVWXYZ".getBytes(StandardCharsets.US_ASCII);
        String a = box.seal(token, "c");
        String b = box.seal(token, "c");
        assertNotEquals(a, b, "a fresh nonce per seal");
        assertFalse(a.contains("NNSXS"));
        assertFalse(new String(Base64.getDecoder().decode(a.substring(5)), StandardCharsets.ISO_8859_1).contains("NNSXS"));
    }

    @Test
    void anotherContextAnotherKekOrAlteredBytesDoNotOpen() {
        String sealed = box.seal("secret".getBytes(StandardCharsets.US_ASCII), "gateway/a/lbs_lns_secret");
        assertThrows(IllegalStateException.class, () -> box.open(sealed, "gateway/b/lbs_lns_secret"));
        byte[] otherKek = new byte[16];
        otherKek[0] = 1;
        assertThrows(IllegalStateException.class,
                () -> new SecretBox(otherKek, new SecureRandom()).open(sealed, "gateway/a/lbs_lns_secret"));
        byte[] raw = Base64.getDecoder().decode(sealed.substring(5));
        raw[raw.length - 1] ^= 1;
        String altered = "gcm1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalStateException.class, () -> box.open(altered, "gateway/a/lbs_lns_secret"));
        assertThrows(IllegalArgumentException.class, () -> box.open("kw1:00", "gateway/a/lbs_lns_secret"));
    }
}
