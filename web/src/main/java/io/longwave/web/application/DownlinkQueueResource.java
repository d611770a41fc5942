package io.longwave.web.application;

import io.longwave.application.ApplicationTraffic;
import io.longwave.web.api.RequestCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Application Server's downlink queue of a device. */
@Path("/api/v3/as/applications/{application_id}/devices/{device_id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "AppAs")
public class DownlinkQueueResource {

    @Inject
    ApplicationTraffic traffic;

    @Inject
    RequestCaller caller;

    @POST
    @Path("/down/push")
    @Operation(summary = "Append downlinks to the device's queue")
    public JsonObject push(@PathParam("application_id") String appId, @PathParam("device_id") String deviceId, JsonObject body) {
        traffic.push(caller.get(), appId, deviceId, body, false);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @POST
    @Path("/down/replace")
    @Operation(summary = "Replace the device's downlink queue")
    public JsonObject replace(@PathParam("application_id") String appId, @PathParam("device_id") String deviceId, JsonObject body) {
        traffic.push(caller.get(), appId, deviceId, body, true);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @GET
    @Path("/down")
    @Operation(summary = "List the device's downlink queue")
    public JsonObject list(@PathParam("application_id") String appId, @PathParam("device_id") String deviceId) {
        return traffic.list(caller.get(), appId, deviceId);
    }
}
