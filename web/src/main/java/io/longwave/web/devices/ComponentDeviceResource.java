package io.longwave.web.devices;

import io.longwave.platform.devices.Component;
import io.longwave.platform.devices.ComponentDeviceRegistry;
import io.longwave.web.api.ReadMask;
import io.longwave.web.api.RequestCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Network, Application and Join Server device registries:
 * {@code /api/v3/{ns|as|js}/applications/{app}/devices/{dev}}, each with its own fields.
 */
@Path("/api/v3")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ComponentDeviceRegistries")
public class ComponentDeviceResource {

    private static final String PATH = "/{component: ns|as|js}/applications/{application_id}/devices/{device_id}";

    @Inject
    ComponentDeviceRegistry registry;

    @Inject
    RequestCaller caller;

    @PUT
    @Path(PATH)
    @Operation(summary = "Set the Network, Application or Join Server part of an end device (fields in field_mask)")
    public JsonObject set(@PathParam("component") String component, @PathParam("application_id") String appId,
                          @PathParam("device_id") String deviceId, JsonObject body) {
        return registry.set(caller.get(), component(component), appId, deviceId, body);
    }

    @GET
    @Path(PATH)
    @Operation(summary = "Get the Network, Application or Join Server part of an end device")
    public JsonObject get(@PathParam("component") String component, @PathParam("application_id") String appId,
                          @PathParam("device_id") String deviceId, @BeanParam ReadMask mask) {
        return registry.get(caller.get(), component(component), appId, deviceId, mask.mask());
    }

    @DELETE
    @Path(PATH)
    @Operation(summary = "Delete the Network, Application or Join Server part of an end device")
    public JsonObject delete(@PathParam("component") String component, @PathParam("application_id") String appId,
                             @PathParam("device_id") String deviceId) {
        registry.delete(caller.get(), component(component), appId, deviceId);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    private static Component component(String code) {
        return Component.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
