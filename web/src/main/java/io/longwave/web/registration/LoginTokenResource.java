package io.longwave.web.registration;

import io.longwave.identity.registration.LoginTokens;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Login tokens: {@code POST /api/v3/users/login-token}. Open to anonymous callers and answers {@code {}}
 * whether or not the user exists; the token goes to the user's own address.
 */
@Path("/api/v3/users/login-token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "UserRegistry")
public class LoginTokenResource {

    @Inject
    LoginTokens loginTokens;

    @POST
    @Operation(summary = "Mail a one-time login token (when is.login-tokens.enabled)")
    public JsonObject create(JsonObject body) {
        loginTokens.request(body);
        return JsonObject.EMPTY_JSON_OBJECT;
    }
}
