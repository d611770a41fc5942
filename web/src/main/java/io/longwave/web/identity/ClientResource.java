package io.longwave.web.identity;

import io.longwave.identity.client.ClientRegistry;
import io.longwave.web.api.ListParams;
import io.longwave.web.api.ReadMask;
import io.longwave.web.api.RequestCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OAuth client registry: {@code /api/v3/clients} and {@code /api/v3/users/{id}/clients}. */
@Path("/api/v3")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "ClientRegistry")
public class ClientResource {

    @Inject
    ClientRegistry clients;

    @Inject
    RequestCaller caller;

    @POST
    @Path("/users/{user_id}/clients")
    @Operation(summary = "Create an OAuth client under a user, which gets all rights on it")
    public JsonObject createForUser(@PathParam("user_id") String userId, JsonObject body) {
        return clients.create(caller.get(), userId, body);
    }

    @GET
    @Path("/clients")
    @Operation(summary = "List OAuth clients (admins: all; others: those they collaborate on)")
    public Response list(@BeanParam ListParams params) {
        return ListParams.respond(clients.list(caller.get(), params.request(), params.mask()));
    }

    @GET
    @Path("/clients/{client_id}")
    @Operation(summary = "Get an OAuth client")
    public JsonObject get(@PathParam("client_id") String id, @BeanParam ReadMask mask) {
        return clients.get(caller.get(), id, mask.mask());
    }
}
