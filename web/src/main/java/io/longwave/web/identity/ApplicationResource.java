package io.longwave.web.identity;

import io.longwave.identity.application.ApplicationRegistry;
import io.longwave.identity.application.DevEuiIssuer;
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

/** The application registry: {@code /api/v3/applications} and the applications of users and organizations. */
@Path(ApplicationResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ApplicationRegistry")
public class ApplicationResource {

    /*
     * One class-level path serves both {@code /api/v3/applications[/{id}...]} and {@code /api/v3/<owner>/{id}/applications}.
     * Liberty's JAX-RS matches requests against root resource classes strictly (JAX-RS 3.7.2: only the most
     * specific matching class is tried), so {@code UserResource} (/api/v3/users) would take the owner lists and
     * {@code CollaboratorResource} (/api/v3/{entity}/{id}) the single entities. {@code owner} is the optional
     * {@code users/{id}/} or {@code organizations/{id}/} prefix; {@code only} matches nothing and keeps the collaborator, API key and
     * other sub-paths of an entity away from this class, and any sub-path away from the owner lists.
     */
    static final String PATH = "/api/v3/{owner: (?:users|organizations)/[^/]+/|}applications{only: (?:(?<=/v3/applications)(?!/[^/]+/(?!restore|purge|dev-eui))|(?<!/v3/applications)(?!/))}";

    @Inject
    ApplicationRegistry applications;

    @Inject
    DevEuiIssuer devEuis;

    @Inject
    RequestCaller caller;

    @POST
    @Operation(summary = "Create a application under users/{user_id}/ or organizations/{organization_id}/, which gets all rights on it")
    public JsonObject create(@PathParam("owner") String owner, JsonObject body) {
        return applications.create(caller.get(), Owners.ofPathPrefix(owner).orElseThrow(NotFoundException::new), body);
    }

    @GET
    @Operation(summary = "List applications: all the caller can see (admins: all), or those of users/{user_id}/ or organizations/{organization_id}/")
    public Response list(@PathParam("owner") String owner, @BeanParam ListParams params) {
        return ListParams.respond(Owners.ofPathPrefix(owner)
                .map(o -> applications.listOf(caller.get(), o, params.request(), params.mask()))
                .orElseGet(() -> applications.list(caller.get(), params.request(), params.mask())));
    }

    @GET
    @Path("/{application_id}")
    @Operation(summary = "Get a application")
    public JsonObject get(@PathParam("application_id") String id, @BeanParam ReadMask mask) {
        return applications.get(caller.get(), id, mask.mask());
    }

    @PUT
    @Path("/{application_id}")
    @Operation(summary = "Update the fields of a application named in field_mask")
    public JsonObject update(@PathParam("application_id") String id, JsonObject body) {
        return applications.update(caller.get(), id, body);
    }

    @DELETE
    @Path("/{application_id}")
    @Operation(summary = "Delete a application (restorable within is.delete.restore)")
    public JsonObject delete(@PathParam("application_id") String id) {
        applications.delete(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @POST
    @Path("/{application_id}/restore")
    @Operation(summary = "Restore a deleted application")
    public JsonObject restore(@PathParam("application_id") String id) {
        applications.restore(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @DELETE
    @Path("/{application_id}/purge")
    @Operation(summary = "Purge a application for good (admin)")
    public JsonObject purge(@PathParam("application_id") String id) {
        applications.purge(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @POST
    @Path("/{application_id}/dev-eui")
    @Operation(summary = "Issue the next DevEUI of the network's block to the application")
    public JsonObject issueDevEui(@PathParam("application_id") String id) {
        return devEuis.issue(caller.get(), id);
    }
}
