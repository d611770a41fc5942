package io.longwave.web.identity;

import io.longwave.identity.EntityId;
import io.longwave.identity.access.Collaborators;
import io.longwave.web.api.RequestCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Collaborators of applications, gateways and clients, and members of organizations. */
@Path("/api/v3/{entity: organizations|applications|gateways|clients}/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "EntityAccess")
public class CollaboratorResource {

    @Inject
    Collaborators collaborators;

    @Inject
    RequestCaller caller;

    @PUT
    @Path("/collaborators")
    @Operation(summary = "Set a collaborator's rights (empty rights remove it)")
    public JsonObject set(@PathParam("entity") String entity, @PathParam("id") String id, JsonObject body) {
        return collaborators.set(caller.get(), ApiKeyResource.owner(entity, id), body);
    }

    @GET
    @Path("/collaborators")
    @Operation(summary = "List collaborators")
    public JsonObject list(@PathParam("entity") String entity, @PathParam("id") String id) {
        return collaborators.list(caller.get(), ApiKeyResource.owner(entity, id));
    }

    @GET
    @Path("/collaborator/user/{user_id}")
    @Operation(summary = "Get a user collaborator's rights")
    public JsonObject getUser(@PathParam("entity") String entity, @PathParam("id") String id, @PathParam("user_id") String userId) {
        return collaborators.get(caller.get(), ApiKeyResource.owner(entity, id), EntityId.user(userId));
    }

    @GET
    @Path("/collaborator/organization/{organization_id}")
    @Operation(summary = "Get an organization collaborator's rights")
    public JsonObject getOrganization(@PathParam("entity") String entity, @PathParam("id") String id,
                                      @PathParam("organization_id") String orgId) {
        return collaborators.get(caller.get(), ApiKeyResource.owner(entity, id), EntityId.organization(orgId));
    }

    @DELETE
    @Path("/collaborators/user/{user_id}")
    @Operation(summary = "Remove a user collaborator")
    public JsonObject deleteUser(@PathParam("entity") String entity, @PathParam("id") String id, @PathParam("user_id") String userId) {
        collaborators.delete(caller.get(), ApiKeyResource.owner(entity, id), EntityId.user(userId));
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @DELETE
    @Path("/collaborators/organization/{organization_id}")
    @Operation(summary = "Remove an organization collaborator")
    public JsonObject deleteOrganization(@PathParam("entity") String entity, @PathParam("id") String id,
                                         @PathParam("organization_id") String orgId) {
        collaborators.delete(caller.get(), ApiKeyResource.owner(entity, id), EntityId.organization(orgId));
        return JsonObject.EMPTY_JSON_OBJECT;
    }
}
