package io.longwave.identity.auth;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityId;
import io.longwave.identity.api.JsonFields;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;

/** {@code GET /api/v3/auth_info}: what the credential of the request is and what it may do everywhere. */
@Stateless
public class AuthInfo {

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    RightsResolver rights;

    public JsonObject of(Caller caller) {
        JsonObjectBuilder out = Jsonp.createObjectBuilder();
        switch (caller.method()) {
            case ANONYMOUS -> {
                return out.build();
            }
            case API_KEY -> {
                ApiKey key = em.find(ApiKey.class, caller.credentialId());
                out.add("api_key", Jsonp.createObjectBuilder()
                        .add("entity_ids", Jsonp.createObjectBuilder().add(key.owner().kind().idsKey(), JsonFields.ids(key.owner())))
                        .add("api_key", Jsonp.createObjectBuilder().add("id", key.keyId()).add("name", key.name())
                                .add("rights", names(key.rights()))));
            }
            case ACCESS_TOKEN -> {
                OAuthToken token = em.find(OAuthToken.class, caller.credentialId());
                out.add("oauth_access_token", Jsonp.createObjectBuilder()
                        .add("user_ids", JsonFields.ids(EntityId.user(token.userId())))
                        .add("client_ids", JsonFields.ids(EntityId.client(token.clientId())))
                        .add("id", token.tokenId())
                        .add("rights", names(token.rights()))
                        .add("created_at", token.createdAt().toString())
                        .add("expires_at", token.accessExpiresAt().toString()));
            }
            case SSO -> out.add("sso", Jsonp.createObjectBuilder().add("user_ids", JsonFields.ids(EntityId.user(caller.userId()))));
        }
        return out.add("universal_rights", names(rights.universalRights(caller)))
                .add("is_admin", caller.admin())
                .build();
    }

    private static JsonArrayBuilder names(Set<Right> rights) {
        JsonArrayBuilder b = Jsonp.createArrayBuilder();
        rights.stream().sorted().map(Right::name).forEach(b::add);
        return b;
    }
}
