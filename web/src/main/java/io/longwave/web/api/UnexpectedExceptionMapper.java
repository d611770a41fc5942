package io.longwave.web.api;

import io.longwave.identity.ErrorKind;
import io.longwave.identity.IdentityException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: a 500 with a reference the operator can find in the log, and no internals (stack
 * traces, SQL, values) in the answer.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof IdentityException ie) {
            return ErrorResponses.of(ie);
        }
        if (cause instanceof jakarta.ws.rs.WebApplicationException wae) {
            return new WebApplicationExceptionMapper().toResponse(wae);
        }
        if (cause instanceof jakarta.json.JsonException) {
            return new JsonExceptionMapper().toResponse((jakarta.json.JsonException) cause);
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "api.internal_error reference=" + reference, cause);
        return ErrorResponses.of(ErrorKind.INTERNAL, "internal", "internal error, reference {reference}",
                Map.of("reference", reference));
    }
}
