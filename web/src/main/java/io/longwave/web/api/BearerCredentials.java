package io.longwave.web.api;

import io.longwave.identity.IdentityException;
import io.longwave.identity.auth.Authenticator;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.auth.SsoTokenVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns an {@code Authorization} header into a caller: {@code Bearer} with an API key, an OAuth access
 * token or a corporate SSO token (JWT). No header is the anonymous caller; a credential that does not
 * check out is an {@link IdentityException} (unauthenticated).
 */
@ApplicationScoped
public class BearerCredentials {

    @Inject
    Authenticator authenticator;

    @Inject
    SsoTokenVerifier sso;

    public Caller caller(String header) {
        if (header == null || header.isBlank()) {
            return Caller.ANONYMOUS;
        }
        String value = header.trim();
        if (!value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw IdentityException.unauthenticated("use Authorization: Bearer <API key or token>");
        }
        String token = value.substring(7).trim();
        if (token.startsWith("eyJ")) {
            // A JWT (base64url of '{"'): a corporate SSO token. API keys and OAuth tokens are base32.
            return authenticator.sso(sso.verify(token));
        }
        return authenticator.bearer(token);
    }
}
