package io.longwave.web.identity;

import io.longwave.identity.EntityId;
import io.longwave.identity.EntityKind;
import io.longwave.identity.access.ApiKeys;
import io.longwave.web.api.RequestCaller;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API keys of users, organizations, applications and gateways: {@code /api/v3/{entity}/{id}/api-keys}. */
@Path("/api/v3/{entity: users|organizations|applications|gateways}/{id}/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "EntityAccess")
public class ApiKeyResource {

    @Inject
    ApiKeys keys;

    @Inject
    RequestCaller caller;

    @POST
    @Operation(summary = "Create an API key; the key is in this answer only")
    public JsonObject create(@PathParam("entity") String entity, @PathParam("id") String id, JsonObject body) {
        return keys.create(caller.get(), owner(entity, id), body);
    }

    @GET
    @Operation(summary = "List API keys (without the keys)")
    public JsonObject list(@PathParam("entity") String entity, @PathParam("id") String id) {
        return keys.list(caller.get(), owner(entity, id));
    }

    @GET
    @Path("/{key_id}")
    @Operation(summary = "Get an API key (without the key)")
    public JsonObject get(@PathParam("entity") String entity, @PathParam("id") String id, @PathParam("key_id") String keyId) {
        return keys.get(caller.get(), owner(entity, id), keyId);
    }

    @PUT
    @Path("/{key_id}")
    @Operation(summary = "Update an API key's name, rights or expiry (empty rights delete it)")
    public JsonObject update(@PathParam("entity") String entity, @PathParam("id") String id,
                             @PathParam("key_id") String keyId, JsonObject body) {
        return keys.update(caller.get(), owner(entity, id), keyId, body);
    }

    @DELETE
    @Path("/{key_id}")
    @Operation(summary = "Delete an API key")
    public JsonObject delete(@PathParam("entity") String entity, @PathParam("id") String id, @PathParam("key_id") String keyId) {
        keys.delete(caller.get(), owner(entity, id), keyId);
        return JsonObject.EMPTY_JSON_OBJECT;
    }

    static EntityId owner(String plural, String id) {
        for (EntityKind kind : EntityKind.values()) {
            if (kind.plural().equals(plural)) {
                return new EntityId(kind, id);
            }
        }
        throw new jakarta.ws.rs.NotFoundException();
    }
}
