package io.longwave.it.api;

import io.longwave.it.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The HTTP API of the server under test, as a script would use it: JSON in and out, a bearer
 * credential per call. {@link #admin()} logs in as the bootstrap admin through the OAuth token endpoint.
 */
public final class Api {

    private static final HttpClient CLIENT = TestServer.client();

    private Api() {
    }

    /** One answer: status, body text, parsed JSON (empty object when the body is not a JSON object), headers. */
    public record Reply(int status, String body, JsonObject json, java.net.http.HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public static Reply call(String method, String path, String bearer, JsonObject body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestServer.https(path))).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b.build());
    }

    public static Reply raw(String method, String path, String bearer, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(TestServer.https(path))).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b.build());
    }

    public static Reply get(String path, String bearer) { return call("GET", path, bearer, null); }
    public static Reply post(String path, String bearer, JsonObject body) { return call("POST", path, bearer, body); }
    public static Reply put(String path, String bearer, JsonObject body) { return call("PUT", path, bearer, body); }
    public static Reply delete(String path, String bearer) { return call("DELETE", path, bearer, null); }

    /** {@code POST /oauth/token} with a form. */
    public static Reply token(Map<String, String> form) {
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return raw("POST", "/oauth/token", null, "application/x-www-form-urlencoded", encoded);
    }

    /** An access token of a user, by the password grant of the {@code cli} client. */
    public static String login(String userId, String password) {
        Reply r = token(Map.of("grant_type", "password", "client_id", "cli", "username", userId, "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("login of " + userId + " failed: " + r);
        }
        return r.json().getString("access_token");
    }

    /** An access token of the bootstrap admin. */
    public static String admin() {
        return login("admin", TestServer.env("TTS_ADMIN_PASSWORD"));
    }

    /** A unique ID with the given prefix, so that tests never collide on a shared database. */
    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A password that meets the default requirements. */
    public static final String PASSWORD = "Gr33n-Tomato-Soup";

    /** Creates an approved user through the admin and returns an access token of it. */
    public static String newUser(String userId) {
        Reply r = post("/api/v3/users", admin(), Json.createObjectBuilder()
                .add("user", Json.createObjectBuilder()
                        .add("ids", Json.createObjectBuilder().add("user_id", userId))
                        .add("primary_email_address", userId + "@example.com")
                        .add("password", PASSWORD))
                .build());
        if (r.status() != 200) {
            throw new IllegalStateException("creating user " + userId + " failed: " + r);
        }
        return login(userId, PASSWORD);
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            JsonObject json = JsonObject.EMPTY_JSON_OBJECT;
            String body = r.body();
            if (body != null && body.trim().startsWith("{")) {
                try (JsonReader reader = Json.createReader(new StringReader(body))) {
                    json = reader.readObject();
                }
            }
            return new Reply(r.statusCode(), body, json, r.headers());
        } catch (Exception e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + e, e);
        }
    }
}
