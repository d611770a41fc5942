package io.longwave.identity.auth;

import io.longwave.identity.IdentityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The caller behind {@code Authorization: Bearer ...}, for every way in (REST, server-sent events,
 * websockets): an API key, an OAuth access token or a corporate SSO token (JWT). A credential that does
 * not check out is an {@link IdentityException} (401).
 */
@ApplicationScoped
public class BearerAuthentication {

    private static final String SCHEME = "Bearer ";

    @Inject
    Authenticator authenticator;

    @Inject
    SsoTokenVerifier sso;

    /** @param header the value of an {@code Authorization} header */
    public Caller authorization(String header) {
        String h = header.trim();
        if (!h.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw IdentityException.unauthenticated("use Authorization: Bearer <API key or token>");
        }
        return token(h.substring(SCHEME.length()).trim());
    }

    /** @param token an API key, OAuth access token or SSO token without the scheme */
    public Caller token(String token) {
        if (token.startsWith("eyJ")) {
            // A JWT (base64url of '{"'): a corporate SSO token. API keys and OAuth tokens are base32.
            return authenticator.sso(sso.verify(token));
        }
        return authenticator.bearer(token);
    }
}
