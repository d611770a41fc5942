package io.longwave.web.api;

import io.longwave.identity.ErrorKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** Unknown paths, wrong methods, unreadable bodies: the same error shape as every other refusal. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        ErrorKind kind = switch (status) {
            case 401 -> ErrorKind.UNAUTHENTICATED;
            case 403 -> ErrorKind.PERMISSION_DENIED;
            case 404 -> ErrorKind.NOT_FOUND;
            case 409 -> ErrorKind.ALREADY_EXISTS;
            default -> status >= 500 ? ErrorKind.INTERNAL : ErrorKind.INVALID_ARGUMENT;
        };
        Response r = ErrorResponses.of(kind, "http_" + status, "{reason}",
                Map.of("reason", e.getResponse().getStatusInfo().getReasonPhrase()));
        return Response.fromResponse(r).status(status).build();
    }
}
