package io.longwave.web.api;

import io.longwave.identity.IdentityException;
import io.longwave.identity.auth.Authenticator;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.auth.SsoIdentity;
import io.longwave.platform.logging.RateLimitedLog;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Establishes the caller of each request from {@code Authorization: Bearer ...}: an API key or OAuth
 * access token is checked here; a JWT has already been verified by MicroProfile JWT (signature, issuer,
 * audience, expiry) and arrives as the request principal. A credential that does not check out ends
 * the request with 401; no credential means an anonymous caller.
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
    SsoSettings sso;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return;
        }
        try {
            requestCaller.set(authenticate(header.trim(), request.getSecurityContext().getUserPrincipal()));
        } catch (IdentityException e) {
            refused.warn(e.name(), "api.auth_refused reason=\"" + e.getMessage() + "\" path=" + request.getUriInfo().getPath());
            request.abortWith(ErrorResponses.of(e));
        }
    }

    private Caller authenticate(String header, Principal principal) {
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw IdentityException.unauthenticated("use Authorization: Bearer <API key or token>");
        }
        String token = header.substring(7).trim();
        if (token.startsWith("eyJ")) {
            if (principal instanceof JsonWebToken jwt) {
                return authenticator.sso(identity(jwt));
            }
            throw IdentityException.unauthenticated("the SSO token is not valid");
        }
        return authenticator.bearer(token);
    }

    private SsoIdentity identity(JsonWebToken jwt) {
        Object claim = jwt.getClaim(sso.userClaim());
        String subject = claim == null ? null : claim.toString().replaceAll("^\"|\"$", "");
        if (subject == null || subject.isBlank()) {
            throw IdentityException.unauthenticated("the SSO token has no `" + sso.userClaim() + "` claim");
        }
        boolean admin = !sso.adminGroup().isEmpty() && jwt.getGroups() != null && jwt.getGroups().contains(sso.adminGroup());
        Object email = jwt.getClaim("email");
        Object name = jwt.getClaim("name");
        return new SsoIdentity(subject, email == null ? null : email.toString().replaceAll("^\"|\"$", ""),
                name == null ? null : name.toString().replaceAll("^\"|\"$", ""), admin);
    }
}
