package io.longwave.identity.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretTokenTest {

    @Test
    void generatedTokensParseBackAndMatchOnlyTheirHash() {
        SecretToken t = SecretToken.generate(SecretToken.API_KEY, new SecureRandom());
        SecretToken parsed = SecretToken.parse(t.value()).orElseThrow();
        assertEquals(t, parsed);
        assertTrue(parsed.matches(t.secretHash()));
        SecretToken sibling = t.sibling(new SecureRandom());
        assertEquals(t.id(), sibling.id());
        assertFalse(sibling.matches(t.secretHash()));
        assertFalse(t.secretHash().contains(t.secret()));
        assertFalse(t.toString().contains(t.secret()), "toString must not reveal the secret");
        assertNotEquals(t.value(), SecretToken.generate(SecretToken.API_KEY, new SecureRandom()).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NNSXS", "NNSXS.ABC", "NNSXS..ABC", "NNSXS.abc.DEF", "NNSXS.ABC.DEF.GHI", "NNSXS.A B.C",
            "NNSXS.ABC.D1"})
    void malformedValuesDoNotParse(String value) {
        assertTrue(SecretToken.parse(value).isEmpty());
    }
}
