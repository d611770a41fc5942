package io.longwave.web.application;

import io.longwave.application.StoredUplinks;
import io.longwave.identity.IdentityException;
import io.longwave.web.api.RequestCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stored uplinks, as The Things Stack's storage integration serves them: one {@code {"result":...}}
 * object per line, oldest first, filtered by {@code after}/{@code before} (RFC 3339) and {@code limit}.
 */
@Path("/api/v3/as/applications/{application_id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ApplicationUpStorage")
public class UplinkStorageResource {

    @Inject
    StoredUplinks stored;

    @Inject
    RequestCaller caller;

    @GET
    @Path("/packages/storage/uplink_message")
    @Operation(summary = "Stored uplink messages of an application")
    public String application(@PathParam("application_id") String appId, @QueryParam("after") String after,
                              @QueryParam("before") String before, @QueryParam("limit") @DefaultValue("100") int limit) {
        return lines(stored.list(caller.get(), appId, null, time("after", after), time("before", before), limit));
    }

    @GET
    @Path("/devices/{device_id}/packages/storage/uplink_message")
    @Operation(summary = "Stored uplink messages of an end device")
    public String device(@PathParam("application_id") String appId, @PathParam("device_id") String deviceId,
                         @QueryParam("after") String after, @QueryParam("before") String before,
                         @QueryParam("limit") @DefaultValue("100") int limit) {
        return lines(stored.list(caller.get(), appId, deviceId, time("after", after), time("before", before), limit));
    }

    private static String lines(List<JsonObject> results) {
        return results.stream().map(JsonObject::toString).collect(Collectors.joining("\n", "", results.isEmpty() ? "" : "\n"));
    }

    private static Instant time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw IdentityException.invalid(name, "must be an RFC 3339 time");
        }
    }
}
