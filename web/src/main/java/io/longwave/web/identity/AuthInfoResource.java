package io.longwave.web.identity;

import io.longwave.identity.auth.AuthInfo;
import io.longwave.web.api.RequestCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v3/auth_info}. */
@Path("/api/v3/auth_info")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "EntityAccess")
public class AuthInfoResource {

    @Inject
    AuthInfo authInfo;

    @Inject
    RequestCaller caller;

    @GET
    @Operation(summary = "What the request's credential is and which universal rights it carries")
    public JsonObject get() {
        return authInfo.of(caller.get());
    }
}
