package io.longwave.web.identity;

import io.longwave.identity.user.UserRegistry;
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

/** The user registry: {@code /api/v3/users}. */
@Path("/api/v3")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "UserRegistry")
public class UserResource {

    @Inject
    UserRegistry users;

    @Inject
    RequestCaller caller;

    @POST
    @Path("/users")
    @Operation(summary = "Create a user (admin, or self-registration when enabled)")
    public JsonObject create(JsonObject body) {
        return users.create(caller.get(), body);
    }

    @GET
    @Path("/users")
    @Operation(summary = "List users (admin)")
    public Response list(@BeanParam ListParams params) {
        return ListParams.respond(users.list(caller.get(), params.request(), params.mask()));
    }

    @GET
    @Path("/users/{user_id}")
    @Operation(summary = "Get a user")
    public JsonObject get(@PathParam("user_id") String userId, @BeanParam ReadMask mask) {
        return users.get(caller.get(), userId, mask.mask());
    }

    @PUT
    @Path("/users/{user_id}")
    @Operation(summary = "Update the fields of a user named in field_mask")
    public JsonObject update(@PathParam("user_id") String userId, JsonObject body) {
        return users.update(caller.get(), userId, body);
    }

    @DELETE
    @Path("/users/{user_id}")
    @Operation(summary = "Delete a user (restorable within is.delete.restore)")
    public JsonObject delete(@PathParam("user_id") String userId) {
        users.delete(caller.get(), userId);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @POST
    @Path("/users/{user_id}/restore")
    @Operation(summary = "Restore a deleted user")
    public JsonObject restore(@PathParam("user_id") String userId) {
        users.restore(caller.get(), userId);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @DELETE
    @Path("/users/{user_id}/purge")
    @Operation(summary = "Purge a user for good (admin)")
    public JsonObject purge(@PathParam("user_id") String userId) {
        users.purge(caller.get(), userId);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @PUT
    @Path("/users/{user_id}/password")
    @Operation(summary = "Change a user's password")
    public JsonObject updatePassword(@PathParam("user_id") String userId, JsonObject body) {
        users.updatePassword(caller.get(), userId, body);
        return JsonObject.EMPTY_JSON_OBJECT;
    }
}
