package io.longwave.web.identity;

import io.longwave.identity.EntityId;
import io.longwave.identity.application.ApplicationRegistry;
import io.longwave.identity.application.DevEuiIssuer;
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

/** The application registry: {@code /api/v3/applications} and the applications of users and organizations. */
@Path("/api/v3")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ApplicationRegistry")
public class ApplicationResource {

    @Inject
    ApplicationRegistry applications;

    @Inject
    DevEuiIssuer devEuis;

    @Inject
    RequestCaller caller;

    @POST
    @Path("/users/{user_id}/applications")
    @Operation(summary = "Create an application under a user, which gets all rights on it")
    public JsonObject createForUser(@PathParam("user_id") String userId, JsonObject body) {
        return applications.create(caller.get(), EntityId.user(userId), body);
    }

    @POST
    @Path("/organizations/{organization_id}/applications")
    @Operation(summary = "Create an application under an organization, which gets all rights on it")
    public JsonObject createForOrganization(@PathParam("organization_id") String organizationId, JsonObject body) {
        return applications.create(caller.get(), EntityId.organization(organizationId), body);
    }

    @GET
    @Path("/applications")
    @Operation(summary = "List applications: all the caller can see (admins: all)")
    public Response list(@BeanParam ListParams params) {
        return ListParams.respond(applications.list(caller.get(), params.request(), params.mask()));
    }

    @GET
    @Path("/users/{user_id}/applications")
    @Operation(summary = "List the applications of a user")
    public Response listOfUser(@PathParam("user_id") String userId, @BeanParam ListParams params) {
        return ListParams.respond(applications.listOf(caller.get(), EntityId.user(userId), params.request(), params.mask()));
    }

    @GET
    @Path("/organizations/{organization_id}/applications")
    @Operation(summary = "List the applications of an organization")
    public Response listOfOrganization(@PathParam("organization_id") String organizationId, @BeanParam ListParams params) {
        return ListParams.respond(applications.listOf(caller.get(), EntityId.organization(organizationId), params.request(), params.mask()));
    }

    @GET
    @Path("/applications/{application_id}")
    @Operation(summary = "Get an application")
    public JsonObject get(@PathParam("application_id") String id, @BeanParam ReadMask mask) {
        return applications.get(caller.get(), id, mask.mask());
    }

    @PUT
    @Path("/applications/{application_id}")
    @Operation(summary = "Update the fields of an application named in field_mask")
    public JsonObject update(@PathParam("application_id") String id, JsonObject body) {
        return applications.update(caller.get(), id, body);
    }

    @DELETE
    @Path("/applications/{application_id}")
    @Operation(summary = "Delete an application (restorable within is.delete.restore)")
    public JsonObject delete(@PathParam("application_id") String id) {
        applications.delete(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @POST
    @Path("/applications/{application_id}/restore")
    @Operation(summary = "Restore a deleted application")
    public JsonObject restore(@PathParam("application_id") String id) {
        applications.restore(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @DELETE
    @Path("/applications/{application_id}/purge")
    @Operation(summary = "Purge an application for good (admin)")
    public JsonObject purge(@PathParam("application_id") String id) {
        applications.purge(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @POST
    @Path("/applications/{application_id}/dev-eui")
    @Operation(summary = "Issue the next DevEUI of the network's block to the application")
    public JsonObject issueDevEui(@PathParam("application_id") String id) {
        return devEuis.issue(caller.get(), id);
    }
}
