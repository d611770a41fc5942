package io.longwave.web.gateway;

import io.longwave.gateway.GatewayConnectionStats;
import io.longwave.web.api.RequestCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Gateway Server's view of a gateway's connection. */
@Path("/api/v3/gs/gateways/{gateway_id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gs")
public class GatewayConnectionResource {

    @Inject
    GatewayConnectionStats stats;

    @Inject
    RequestCaller caller;

    @GET
    @Path("/connection/stats")
    @Operation(summary = "Connection state, last status and round-trip time of a gateway")
    public JsonObject stats(@PathParam("gateway_id") String gatewayId) {
        return stats.get(caller.get(), gatewayId);
    }
}
