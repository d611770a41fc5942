package io.longwave.web.api;

import io.longwave.identity.IdentityException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers refused identity operations with their status and error body. */
@Provider
public class IdentityExceptionMapper implements ExceptionMapper<IdentityException> {

    @Override
    public Response toResponse(IdentityException e) {
        return ErrorResponses.of(e);
    }
}
