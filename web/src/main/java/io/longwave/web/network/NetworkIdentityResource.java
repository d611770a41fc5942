package io.longwave.web.network;

import io.longwave.platform.json.Jsonp;
import io.longwave.platform.config.ServerSettings;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The Network Server's identity, as The Things Stack serves it: {@code GET /api/v3/ns/net_id} and
 * {@code GET /api/v3/ns/dev_addr_prefixes}, from TTS_NET_ID and TTS_DEVADDR_RANGE.
 */
@Path("/api/v3/ns")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkIdentityResource {

    @Inject
    ServerSettings settings;

    @GET
    @Path("/net_id")
    @Operation(summary = "The NetID of this network (TTS_NET_ID)")
    public JsonObject netId() {
        return Jsonp.createObjectBuilder().add("net_id", settings.get().netId().hex()).build();
    }

    @GET
    @Path("/dev_addr_prefixes")
    @Operation(summary = "The DevAddr prefixes this network assigns from (TTS_DEVADDR_RANGE)")
    public JsonObject devAddrPrefixes() {
        return Jsonp.createObjectBuilder()
                .add("dev_addr_prefixes", Jsonp.createArrayBuilder().add(settings.get().devAddrRange().toString()))
                .build();
    }
}
