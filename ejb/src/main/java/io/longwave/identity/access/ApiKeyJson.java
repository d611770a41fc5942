package io.longwave.identity.access;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.api.JsonFields;
import io.longwave.identity.auth.ApiKey;
import io.longwave.identity.rights.Right;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Set;

/** An API key in The Things Stack JSON shape; the key itself appears only in the create answer. */
final class ApiKeyJson {

    static final Set<String> FIELDS = Set.of("name", "rights", "expires_at");

    private ApiKeyJson() {
    }

    static JsonObjectBuilder of(ApiKey key) {
        JsonArrayBuilder rights = Jsonp.createArrayBuilder();
        key.rights().stream().sorted().map(Right::name).forEach(rights::add);
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("id", key.keyId())
                .add("name", key.name())
                .add("rights", rights);
        JsonFields.timestamp(b, "created_at", key.createdAt());
        JsonFields.timestamp(b, "updated_at", key.updatedAt());
        JsonFields.timestamp(b, "expires_at", key.expiresAt());
        return b;
    }
}
