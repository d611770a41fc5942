package io.longwave.cli.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code POST /oauth/token} as the public {@code cli} client: password and refresh-token grants. */
public final class TokenClient {

    static final String CLIENT_ID = "cli";

    private final HttpTransport transport;
    private final String server;
    private final Clock clock;

    public TokenClient(HttpTransport transport, String server, Clock clock) {
        this.transport = transport;
        this.server = server;
        this.clock = clock;
    }

    public Credentials.OAuthTokens password(String username, String password) throws ApiException, ConnectionException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("username", username);
        form.put("password", password);
        return grant(form);
    }

    public Credentials.OAuthTokens refresh(Credentials.OAuthTokens tokens) throws ApiException, ConnectionException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", tokens.refreshToken());
        return grant(form);
    }

    private Credentials.OAuthTokens grant(Map<String, String> form) throws ApiException, ConnectionException {
        form.put("client_id", CLIENT_ID);
        HttpRequest request = transport.request("/oauth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response = transport.send(request);
        if (response.statusCode() / 100 != 2) {
            throw new ApiException(response.statusCode(), ErrorBodies.message(response.statusCode(), response.body()));
        }
        JsonObject o;
        try {
            o = Jsons.parseObject(response.body());
        } catch (RuntimeException e) {
            throw new ApiException(response.statusCode(), "the token endpoint answered no JSON object");
        }
        String access = Jsons.string(o, "access_token")
                .orElseThrow(() -> new ApiException(response.statusCode(), "the token endpoint answered no access_token"));
        String refresh = Jsons.string(o, "refresh_token").orElse("");
        long expiresIn = o.get("expires_in") instanceof JsonNumber n ? n.longValue() : 3600;
        return new Credentials.OAuthTokens(server, access, refresh, clock.instant().plusSeconds(expiresIn));
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
