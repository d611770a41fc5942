package io.longwave.web.identity;

import io.longwave.identity.EntityId;
import io.longwave.identity.gateway.GatewayRegistry;
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

/** The gateway registry: {@code /api/v3/gateways} and the gateways of users and organizations. */
@Path("/api/v3")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "GatewayRegistry")
public class GatewayResource {

    @Inject
    GatewayRegistry gateways;

    @Inject
    RequestCaller caller;

    @POST
    @Path("/users/{user_id}/gateways")
    @Operation(summary = "Create a gateway under a user, which gets all rights on it")
    public JsonObject createForUser(@PathParam("user_id") String userId, JsonObject body) {
        return gateways.create(caller.get(), EntityId.user(userId), body);
    }

    @POST
    @Path("/organizations/{organization_id}/gateways")
    @Operation(summary = "Create a gateway under an organization, which gets all rights on it")
    public JsonObject createForOrganization(@PathParam("organization_id") String organizationId, JsonObject body) {
        return gateways.create(caller.get(), EntityId.organization(organizationId), body);
    }

    @GET
    @Path("/gateways")
    @Operation(summary = "List gateways: all the caller can see (admins: all)")
    public Response list(@BeanParam ListParams params) {
        return ListParams.respond(gateways.list(caller.get(), params.request(), params.mask()));
    }

    @GET
    @Path("/users/{user_id}/gateways")
    @Operation(summary = "List the gateways of a user")
    public Response listOfUser(@PathParam("user_id") String userId, @BeanParam ListParams params) {
        return ListParams.respond(gateways.listOf(caller.get(), EntityId.user(userId), params.request(), params.mask()));
    }

    @GET
    @Path("/organizations/{organization_id}/gateways")
    @Operation(summary = "List the gateways of an organization")
    public Response listOfOrganization(@PathParam("organization_id") String organizationId, @BeanParam ListParams params) {
        return ListParams.respond(gateways.listOf(caller.get(), EntityId.organization(organizationId), params.request(), params.mask()));
    }

    @GET
    @Path("/gateways/{gateway_id}")
    @Operation(summary = "Get a gateway")
    public JsonObject get(@PathParam("gateway_id") String id, @BeanParam ReadMask mask) {
        return gateways.get(caller.get(), id, mask.mask());
    }

    @PUT
    @Path("/gateways/{gateway_id}")
    @Operation(summary = "Update the fields of a gateway named in field_mask")
    public JsonObject update(@PathParam("gateway_id") String id, JsonObject body) {
        return gateways.update(caller.get(), id, body);
    }

    @DELETE
    @Path("/gateways/{gateway_id}")
    @Operation(summary = "Delete a gateway (restorable within is.delete.restore)")
    public JsonObject delete(@PathParam("gateway_id") String id) {
        gateways.delete(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @POST
    @Path("/gateways/{gateway_id}/restore")
    @Operation(summary = "Restore a deleted gateway")
    public JsonObject restore(@PathParam("gateway_id") String id) {
        gateways.restore(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @DELETE
    @Path("/gateways/{gateway_id}/purge")
    @Operation(summary = "Purge a gateway for good (admin)")
    public JsonObject purge(@PathParam("gateway_id") String id) {
        gateways.purge(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }
}
