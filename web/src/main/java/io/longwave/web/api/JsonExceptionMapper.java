package io.longwave.web.api;

import io.longwave.identity.ErrorKind;
import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A body that is not JSON (or not the expected JSON type) is the caller's error: 400, never 500. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException e) {
        return ErrorResponses.of(ErrorKind.INVALID_ARGUMENT, "invalid_json", "the request body is not valid JSON", Map.of());
    }
}
