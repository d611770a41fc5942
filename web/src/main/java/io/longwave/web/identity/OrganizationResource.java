package io.longwave.web.identity;

import io.longwave.identity.EntityId;
import io.longwave.identity.organization.OrganizationRegistry;
import io.longwave.identity.organization.Owners;
import io.longwave.web.api.ListParams;
import io.longwave.web.api.ReadMask;
import io.longwave.web.api.RequestCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
@Path(OrganizationResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "OrganizationRegistry")
public class OrganizationResource {

    /*
     * One class-level path serves both {@code /api/v3/organizations[/{id}...]} and {@code /api/v3/<owner>/{id}/organizations}.
     * Liberty's JAX-RS matches requests against root resource classes strictly (JAX-RS 3.7.2: only the most
     * specific matching class is tried), so {@code UserResource} (/api/v3/users) would take the owner lists and
     * {@code CollaboratorResource} (/api/v3/{entity}/{id}) the single entities. {@code owner} is the optional
     * {@code users/{id}/} prefix; {@code only} matches nothing and keeps the collaborator, API key and
     * other sub-paths of an entity away from this class, and any sub-path away from the owner lists.
     */
    static final String PATH = "/api/v3/{owner: users/[^/]+/|}organizations{only: (?:(?<=/v3/organizations)(?!/[^/]+/(?!restore|purge))|(?<!/v3/organizations)(?!/))}";

    @Inject
    OrganizationRegistry organizations;

    @Inject
    RequestCaller caller;

    @POST
    @Operation(summary = "Create an organization under users/{user_id}/; the user becomes a member with all rights")
    public JsonObject create(@PathParam("owner") String owner, JsonObject body) {
        EntityId user = Owners.ofPathPrefix(owner).orElseThrow(NotFoundException::new);
        return organizations.create(caller.get(), user.id(), body);
    }

    @GET
    @Operation(summary = "List organizations: all the caller can see (admins: all), or those a user (users/{user_id}/) is a member of")
    public Response list(@PathParam("owner") String owner, @BeanParam ListParams params) {
        return ListParams.respond(Owners.ofPathPrefix(owner)
                .map(user -> organizations.listOfUser(caller.get(), user.id(), params.request(), params.mask()))
                .orElseGet(() -> organizations.list(caller.get(), params.request(), params.mask())));
    }

    @GET
    @Path("/{organization_id}")
    @Operation(summary = "Get an organization")
    public JsonObject get(@PathParam("organization_id") String id, @BeanParam ReadMask mask) {
        return organizations.get(caller.get(), id, mask.mask());
    }

    @PUT
    @Path("/{organization_id}")
    @Operation(summary = "Update the fields of an organization named in field_mask")
    public JsonObject update(@PathParam("organization_id") String id, JsonObject body) {
        return organizations.update(caller.get(), id, body);
    }

    @DELETE
    @Path("/{organization_id}")
    @Operation(summary = "Delete an organization (restorable within is.delete.restore)")
    public JsonObject delete(@PathParam("organization_id") String id) {
        organizations.delete(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @POST
    @Path("/{organization_id}/restore")
    @Operation(summary = "Restore a deleted organization")
    public JsonObject restore(@PathParam("organization_id") String id) {
        organizations.restore(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @DELETE
    @Path("/{organization_id}/purge")
    @Operation(summary = "Purge an organization for good (admin)")
    public JsonObject purge(@PathParam("organization_id") String id) {
        organizations.purge(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }
}
