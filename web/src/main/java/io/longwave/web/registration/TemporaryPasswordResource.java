package io.longwave.web.registration;

import io.longwave.identity.registration.TemporaryPasswords;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Password reset: {@code POST /api/v3/users/{user_id}/temporary_password}. Open to anonymous callers (the
 * mail goes to the user's own address) and answers {@code {}} whether or not the user exists.
 */
@Path("/api/v3/users/{user_id}/temporary_password")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "UserRegistry")
public class TemporaryPasswordResource {

    @Inject
    TemporaryPasswords passwords;

    @POST
    @Operation(summary = "Mail a temporary password (valid 1 h) for changing a forgotten password")
    public JsonObject create(@PathParam("user_id") String userId) {
        passwords.request(userId);
        return JsonObject.EMPTY_JSON_OBJECT;
    }
}
