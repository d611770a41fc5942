package io.longwave.web.identity;

import io.longwave.identity.gateway.GatewayRegistry;
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

/** The gateway registry: {@code /api/v3/gateways} and the gateways of users and organizations. */
@Path(GatewayResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "GatewayRegistry")
public class GatewayResource {

    /*
     * One class-level path serves both {@code /api/v3/gateways[/{id}...]} and {@code /api/v3/<owner>/{id}/gateways}.
     * Liberty's JAX-RS matches requests against root resource classes strictly (JAX-RS 3.7.2: only the most
     * specific matching class is tried), so {@code UserResource} (/api/v3/users) would take the owner lists and
     * {@code CollaboratorResource} (/api/v3/{entity}/{id}) the single entities. {@code owner} is the optional
     * {@code users/{id}/} or {@code organizations/{id}/} prefix; {@code only} matches nothing and keeps the collaborator, API key and
     * other sub-paths of an entity away from this class, and any sub-path away from the owner lists.
     */
    static final String PATH = "/api/v3/{owner: (?:users|organizations)/[^/]+/|}gateways{only: (?:(?<=/v3/gateways)(?!/[^/]+/(?!restore|purge))|(?<!/v3/gateways)(?!/))}";

    @Inject
    GatewayRegistry gateways;

    @Inject
    RequestCaller caller;

    @POST
    @Operation(summary = "Create a gateway under users/{user_id}/ or organizations/{organization_id}/, which gets all rights on it")
    public JsonObject create(@PathParam("owner") String owner, JsonObject body) {
        return gateways.create(caller.get(), Owners.ofPathPrefix(owner).orElseThrow(NotFoundException::new), body);
    }

    @GET
    @Operation(summary = "List gateways: all the caller can see (admins: all), or those of users/{user_id}/ or organizations/{organization_id}/")
    public Response list(@PathParam("owner") String owner, @BeanParam ListParams params) {
        return ListParams.respond(Owners.ofPathPrefix(owner)
                .map(o -> gateways.listOf(caller.get(), o, params.request(), params.mask()))
                .orElseGet(() -> gateways.list(caller.get(), params.request(), params.mask())));
    }

    @GET
    @Path("/{gateway_id}")
    @Operation(summary = "Get a gateway")
    public JsonObject get(@PathParam("gateway_id") String id, @BeanParam ReadMask mask) {
        return gateways.get(caller.get(), id, mask.mask());
    }

    @PUT
    @Path("/{gateway_id}")
    @Operation(summary = "Update the fields of a gateway named in field_mask")
    public JsonObject update(@PathParam("gateway_id") String id, JsonObject body) {
        return gateways.update(caller.get(), id, body);
    }

    @DELETE
    @Path("/{gateway_id}")
    @Operation(summary = "Delete a gateway (restorable within is.delete.restore)")
    public JsonObject delete(@PathParam("gateway_id") String id) {
        gateways.delete(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @POST
    @Path("/{gateway_id}/restore")
    @Operation(summary = "Restore a deleted gateway")
    public JsonObject restore(@PathParam("gateway_id") String id) {
        gateways.restore(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    @DELETE
    @Path("/{gateway_id}/purge")
    @Operation(summary = "Purge a gateway for good (admin)")
    public JsonObject purge(@PathParam("gateway_id") String id) {
        gateways.purge(caller.get(), id);
        return JsonObject.EMPTY_JSON_OBJECT;
    }
}
