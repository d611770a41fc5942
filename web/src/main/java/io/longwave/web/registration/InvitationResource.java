package io.longwave.web.registration;

import io.longwave.identity.registration.Invitations;
import io.longwave.web.api.RequestCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Invitations to register: {@code /api/v3/invitations}. */
@Path("/api/v3/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "UserInvitationRegistry")
public class InvitationResource {

    @Inject
    Invitations invitations;

    @Inject
    RequestCaller caller;

    @POST
    @Operation(summary = "Invite an e-mail address to register (needs RIGHT_SEND_INVITES)")
    public JsonObject send(JsonObject body) {
        return invitations.send(caller.get(), body);
    }

    @GET
    @Operation(summary = "List the caller's invitations")
    public JsonObject list() {
        return invitations.list(caller.get());
    }

    @DELETE
    @Operation(summary = "Withdraw one of the caller's invitations")
    public JsonObject delete(@QueryParam("email") String email) {
        invitations.delete(caller.get(), email);
        return JsonObject.EMPTY_JSON_OBJECT;
    }
}
