package io.longwave.cli.entity.apikeys;

import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.Jsons;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.command.MaskedObject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The API-key calls of users, organizations, applications and gateways. */
public final class ApiKeyRequests {

    private ApiKeyRequests() {
    }

    static String keys(EntityKind kind, String entityId) {
        return kind.path(entityId) + "/api-keys";
    }

    static String key(EntityKind kind, String entityId, String keyId) {
        return keys(kind, entityId) + "/" + ApiRequest.segment(keyId);
    }

    public static ApiRequest create(EntityKind kind, String entityId, String name, List<String> rights, String expiresAt) {
        JsonArrayBuilder r = Jsons.PROVIDER.createArrayBuilder();
        rights.forEach(r::add);
        JsonObjectBuilder body = Jsons.PROVIDER.createObjectBuilder();
        if (name != null) {
            body.add("name", name);
        }
        body.add("rights", r);
        if (expiresAt != null) {
            body.add("expires_at", expiresAt);
        }
        return ApiRequest.post(keys(kind, entityId), body.build());
    }

    public static ApiRequest list(EntityKind kind, String entityId) {
        return ApiRequest.get(keys(kind, entityId));
    }

    public static ApiRequest get(EntityKind kind, String entityId, String keyId) {
        return ApiRequest.get(key(kind, entityId, keyId));
    }

    /** Only the given fields are sent and masked; rights are replaced as a whole when any right flag is given. */
    public static ApiRequest update(EntityKind kind, String entityId, String keyId, String name, List<String> rights,
                                    String expiresAt) {
        MaskedObject key = new MaskedObject()
                .set("name", name)
                .set("rights", rights.isEmpty() ? null : rights)
                .set("expires_at", expiresAt);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("nothing to update: give --name, --expires-at or --right-... flags");
        }
        return ApiRequest.put(key(kind, entityId, keyId), Jsons.PROVIDER.createObjectBuilder()
                .add("api_key", key.object()).add("field_mask", key.fieldMask()).build());
    }

    public static ApiRequest delete(EntityKind kind, String entityId, String keyId) {
        return ApiRequest.delete(key(kind, entityId, keyId));
    }
}
