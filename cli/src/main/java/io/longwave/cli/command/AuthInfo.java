package io.longwave.cli.command;

import io.longwave.cli.api.ApiClient;
import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Jsons;
import jakarta.json.JsonObject;
import java.util.Optional;

/** {@code GET /api/v3/auth_info}, and who the caller is (the default owner of what it creates). */
public final class AuthInfo {

    public static final String PATH = "/api/v3/auth_info";

    private AuthInfo() {
    }

    public static JsonObject fetch(ApiClient api) throws ApiException, ConnectionException {
        return api.call(ApiRequest.get(PATH)).body();
    }

    /** The user (or, for an organization's API key, the organization) behind the credential. */
    public static Optional<OwnerRef> caller(JsonObject authInfo) {
        return Jsons.string(authInfo, "api_key.entity_ids.user_ids.user_id")
                .or(() -> Jsons.string(authInfo, "oauth_access_token.user_ids.user_id"))
                .or(() -> Jsons.string(authInfo, "sso.user_ids.user_id"))
                .or(() -> Jsons.string(authInfo, "user_session.user_ids.user_id"))
                .map(id -> new OwnerRef(EntityKind.USER, id))
                .or(() -> Jsons.string(authInfo, "api_key.entity_ids.organization_ids.organization_id")
                        .map(id -> new OwnerRef(EntityKind.ORGANIZATION, id)));
    }

    /** The explicit owner, else the caller. */
    public static OwnerRef ownerOrCaller(Optional<OwnerRef> explicit, ApiClient api)
            throws ApiException, ConnectionException {
        if (explicit.isPresent()) {
            return explicit.get();
        }
        return caller(fetch(api)).orElseThrow(() -> new IllegalArgumentException(
                "give --user-id or --organization-id (not logged in as a user: lw cli login)"));
    }
}
