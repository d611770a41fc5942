package io.longwave.web.identity;

import io.longwave.identity.organization.OrganizationRegistry;
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

/** The organization registry: {@code /api/v3/organizations} and {@code /api/v3/users/{id}/organizations}. */
@Path("/api/v3")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "OrganizationRegistry")
public class OrganizationResource {

    @Inject
    OrganizationRegistry organizations;

    @Inject
    RequestCaller caller;

    @POST
    @Path("/users/{user_id}/organizations")
    @Operation(summary = "Create an organization under a user, which gets all rights on it")
    public JsonObject createForUser(@PathParam("user_id") String userId, JsonObject body) {
        return organizations.create(caller.get(), userId, body);
    }

    @GET
    @Path("/organizations")
    @Operation(summary = "List organizations: all the caller can see (admins: all)")
    public Response list(@BeanParam ListParams params) {
        return ListParams.respond(organizations.list(caller.get(), params.request(), params.mask()));
    }

    @GET
    @Path("/users/{user_id}/organizations")
    @Operation(summary = "List the organizations of a user")
    public Response listOfUser(@PathParam("user_id") String userId, @BeanParam ListParams params) {
        return ListParams.respond(organizations.listOfUser(caller.get(), userId, params.request(), params.mask()));
    }

    @GET
    @Path("/organizations/{organization_id}")
    @Operation(summary = "Get an organization")
    public JsonObject get(@PathParam("organization_id") String id, @BeanParam ReadMask mask) {
        return organizations.get(caller.get(), id, mask.mask());
    }

    @PUT
    @Path("/organizations/{organization_id}")
    @Operation(summary = "Update the fields of an organization named in field_mask")
    public JsonObject update(@PathParam("organization_id") String id, JsonObject body) {
        return organizations.update(caller.get(), id, body);
    }

    @DELETE
    @Path("/organizations/{organization_id}")
    @Operation(summary = "Delete an organization (restorable within is.delete.restore)")
    public JsonObject delete(@PathParam("organization_id") String id) {
        organizations.delete(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @POST
    @Path("/organizations/{organization_id}/restore")
    @Operation(summary = "Restore a deleted organization")
    public JsonObject restore(@PathParam("organization_id") String id) {
        organizations.restore(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @DELETE
    @Path("/organizations/{organization_id}/purge")
    @Operation(summary = "Purge an organization for good (admin)")
    public JsonObject purge(@PathParam("organization_id") String id) {
        organizations.purge(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }
}
