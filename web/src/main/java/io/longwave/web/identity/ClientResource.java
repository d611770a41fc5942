package io.longwave.web.identity;

import io.longwave.identity.EntityId;
import io.longwave.identity.client.ClientRegistry;
import io.longwave.identity.organization.Owners;
import io.longwave.web.api.ListParams;
import io.longwave.web.api.ReadMask;
import io.longwave.web.api.RequestCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OAuth client registry: {@code /api/v3/clients} and {@code /api/v3/users/{id}/clients}. */
@Path(ClientResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ClientRegistry")
public class ClientResource {

    /*
     * One class-level path serves both {@code /api/v3/clients[/{id}...]} and {@code /api/v3/<owner>/{id}/clients}.
     * Liberty's JAX-RS matches requests against root resource classes strictly (JAX-RS 3.7.2: only the most
     * specific matching class is tried), so {@code UserResource} (/api/v3/users) would take the owner lists and
     * {@code CollaboratorResource} (/api/v3/{entity}/{id}) the single entities. {@code owner} is the optional
     * {@code users/{id}/} prefix; {@code only} matches nothing and keeps the collaborator, API key and
     * other sub-paths of an entity away from this class, and any sub-path away from the owner lists.
     */
    static final String PATH = "/api/v3/{owner: users/[^/]+/|}clients{only: (?:(?<=/v3/clients)(?!/[^/]+/)|(?<!/v3/clients)(?!/))}";

    @Inject
    ClientRegistry clients;

    @Inject
    RequestCaller caller;

    @POST
    @Operation(summary = "Create an OAuth client under users/{user_id}/; its secret is returned only here")
    public JsonObject create(@PathParam("owner") String owner, JsonObject body) {
        EntityId user = Owners.ofPathPrefix(owner).orElseThrow(NotFoundException::new);
        return clients.create(caller.get(), user.id(), body);
    }

    @GET
    @Operation(summary = "List OAuth clients (admins: all; others: those they collaborate on)")
    public Response list(@PathParam("owner") String owner, @BeanParam ListParams params) {
        if (Owners.ofPathPrefix(owner).isPresent()) {
            throw new NotFoundException();
        }
        return ListParams.respond(clients.list(caller.get(), params.request(), params.mask()));
    }

    @GET
    @Path("/{client_id}")
    @Operation(summary = "Get an OAuth client")
    public JsonObject get(@PathParam("client_id") String id, @BeanParam ReadMask mask) {
        return clients.get(caller.get(), id, mask.mask());
    }
}
