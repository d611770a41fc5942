package io.longwave.web.api;

import io.longwave.identity.IdentityException;
import io.longwave.identity.auth.BearerAuthentication;
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
    BearerAuthentication bearer;

    @Inject
    RequestCaller requestCaller;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return;
        }
        try {
            requestCaller.set(bearer.authorization(header));
        } catch (IdentityException e) {
            refused.warn(e.name(), "api.auth_refused reason=\"" + e.getMessage() + "\" path=" + request.getUriInfo().getPath());
            request.abortWith(ErrorResponses.of(e));
        }
    }
}
