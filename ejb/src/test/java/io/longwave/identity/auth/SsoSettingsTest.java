package io.longwave.identity.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.identity.IdentityException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SsoSettingsTest {

    private static SsoSettings read(Map<String, String> values) {
        return SsoSettings.read(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void offUntilIssuerAndKeyAreSet() {
        assertFalse(read(Map.of()).enabled());
        assertFalse(read(Map.of("lw.sso.issuer", "https://idp")).enabled());
        assertTrue(read(Map.of("lw.sso.issuer", "https://idp", "lw.sso.public.key.location", "/k.pem")).enabled());
    }

    @Test
    void microProfileNamesAreTheFallback() {
        SsoSettings s = read(Map.of("mp.jwt.verify.issuer", "https://mp", "mp.jwt.verify.publickey.location", "/mp.pem",
                "mp.jwt.verify.audiences", "a, b", "lw.sso.issuer", "https://lw"));
        assertEquals("https://lw", s.issuer());
        assertEquals("/mp.pem", s.keyLocation());
        assertEquals(List.of("a", "b"), s.audiences());
        assertEquals("preferred_username", s.userClaim());
        assertEquals("groups", s.groupsClaim());
    }

    @ParameterizedTest
    @CsvSource({"ops,ops,true", "ops,staff,false", "'',ops,false"})
    void adminByGroup(String adminGroup, String group, boolean admin) {
        SsoSettings s = read(Map.of("lw.sso.issuer", "i", "lw.sso.public.key.location", "k", "lw.sso.admin.group", adminGroup));
        JwtClaims claims = new JwtClaims();
        claims.setClaim("preferred_username", "jane");
        claims.setStringListClaim("groups", group);
        SsoIdentity id = SsoTokenVerifier.identity(claims, s);
        assertEquals("jane", id.subject());
        assertEquals(admin, id.admin());
    }

    @Test
    void missingUserClaimIsRefused() {
        SsoSettings s = read(Map.of("lw.sso.user.claim", "upn"));
        JwtClaims claims = new JwtClaims();
        claims.setClaim("preferred_username", "jane");
        assertThrows(IdentityException.class, () -> SsoTokenVerifier.identity(claims, s));
    }
}
