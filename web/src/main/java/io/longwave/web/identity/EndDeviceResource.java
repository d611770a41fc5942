package io.longwave.web.identity;

import io.longwave.identity.device.EndDeviceRegistry;
import io.longwave.web.api.ListParams;
import io.longwave.web.api.ReadMask;
import io.longwave.web.api.RequestCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Identity Server's end device registry: {@code /api/v3/applications/{id}/devices}. */
@Path("/api/v3")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "EndDeviceRegistry")
public class EndDeviceResource {

    @Inject
    EndDeviceRegistry devices;

    @Inject
    RequestCaller caller;

    @POST
    @Path("/applications/{application_id}/devices")
    @Operation(summary = "Register an end device in an application")
    public JsonObject create(@PathParam("application_id") String appId, JsonObject body) {
        return devices.create(caller.get(), appId, body);
    }

    @GET
    @Path("/applications/{application_id}/devices")
    @Operation(summary = "List the end devices of an application")
    public Response list(@PathParam("application_id") String appId, @BeanParam ListParams params) {
        return ListParams.respond(devices.list(caller.get(), appId, params.request(), params.mask()));
    }

    @GET
    @Path("/applications/{application_id}/devices/{device_id}")
    @Operation(summary = "Get an end device")
    public JsonObject get(@PathParam("application_id") String appId, @PathParam("device_id") String deviceId,
                          @BeanParam ReadMask mask) {
        return devices.get(caller.get(), appId, deviceId, mask.mask());
    }

    @PUT
    @Path("/applications/{application_id}/devices/{device_id}")
    @Operation(summary = "Update the fields of an end device named in field_mask")
    public JsonObject update(@PathParam("application_id") String appId, @PathParam("device_id") String deviceId,
                             JsonObject body) {
        return devices.update(caller.get(), appId, deviceId, body);
    }

    @DELETE
    @Path("/applications/{application_id}/devices/{device_id}")
    @Operation(summary = "Delete an end device")
    public JsonObject delete(@PathParam("application_id") String appId, @PathParam("device_id") String deviceId) {
        devices.delete(caller.get(), appId, deviceId);
        return JsonObject.EMPTY_JSON_OBJECT;
    }
}
