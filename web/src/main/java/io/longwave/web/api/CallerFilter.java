package io.longwave.web.api;

import io.longwave.identity.IdentityException;
import io.longwave.identity.auth.Authenticator;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.auth.SsoTokenVerifier;
import io.longwave.platform.logging.RateLimitedLog;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Establishes the caller of each request from {@code Authorization: Bearer ...}: an API key, an OAuth
 * access token or a corporate SSO token (JWT). A credential that does not check out ends the request with
 * 401; no credential means an anonymous caller.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter {

    private final RateLimitedLog refused = new RateLimitedLog(Logger.getLogger(CallerFilter.class.getName()), 10_000);

    @Inject
    Authenticator authenticator;

    @Inject
    RequestCaller requestCaller;

    @Inject
    SsoTokenVerifier sso;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return;
        }
        try {
            requestCaller.set(authenticate(header.trim()));
        } catch (IdentityException e) {
            refused.warn(e.name(), "api.auth_refused reason=\"" + e.getMessage() + "\" path=" + request.getUriInfo().getPath());
            request.abortWith(ErrorResponses.of(e));
        }
    }

    private Caller authenticate(String header) {
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw IdentityException.unauthenticated("use Authorization: Bearer <API key or token>");
        }
        String token = header.substring(7).trim();
        if (token.startsWith("eyJ")) {
            // A JWT (base64url of '{"'): a corporate SSO token. API keys and OAuth tokens are base32.
            return authenticator.sso(sso.verify(token));
        }
        return authenticator.bearer(token);
    }
}
