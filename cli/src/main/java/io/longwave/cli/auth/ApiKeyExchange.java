package io.longwave.cli.auth;

import io.longwave.cli.api.ApiClient;
import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ConnectionException;
import io.longwave.cli.api.Credentials;
import io.longwave.cli.api.Jsons;
import io.longwave.cli.api.Session;
import io.longwave.cli.command.AuthInfo;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.command.OwnerRef;
import io.longwave.cli.entity.apikeys.ApiKeyRequests;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.util.List;

/**
 * Turns a password login into a long-lived API key with every right (CLI_AUTO_LOGIN of ./lw up):
 * earlier keys of the same name are deleted first, so repeated starts do not pile up keys.
 */
final class ApiKeyExchange {

    private final Session session;

    ApiKeyExchange(Session session) {
        this.session = session;
    }

    Credentials.ApiKey exchange(Credentials.OAuthTokens tokens, String keyName)
            throws IOException, ApiException, ConnectionException {
        ApiClient api = session.api(tokens);
        OwnerRef user = AuthInfo.caller(AuthInfo.fetch(api))
                .filter(owner -> owner.kind() == EntityKind.USER)
                .orElseThrow(() -> new ApiException(401, "the server did not say which user logged in"));
        JsonObject listed = api.call(ApiKeyRequests.list(EntityKind.USER, user.id())).body();
        if (listed.get("api_keys") instanceof JsonArray keys) {
            for (JsonValue key : keys) {
                JsonObject k = key.asJsonObject();
                if (keyName.equals(Jsons.string(k, "name").orElse(null))) {
                    api.call(ApiKeyRequests.delete(EntityKind.USER, user.id(), Jsons.string(k, "id").orElseThrow()));
                }
            }
        }
        JsonObject created = api.call(ApiKeyRequests.create(EntityKind.USER, user.id(), keyName,
                List.of("RIGHT_ALL"), null)).body();
        String key = Jsons.string(created, "key")
                .orElseThrow(() -> new ApiException(200, "the server answered without the key"));
        return new Credentials.ApiKey(tokens.server(), key);
    }
}
