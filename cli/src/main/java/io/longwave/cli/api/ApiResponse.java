package io.longwave.cli.api;

import jakarta.json.JsonObject;
import java.util.OptionalLong;

/** A successful answer: the JSON body (empty object for an empty body) and {@code X-Total-Count} of lists. */
public record ApiResponse(int status, JsonObject body, OptionalLong totalCount) {
}
