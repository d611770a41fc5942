package io.longwave.cli.api;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One call of the HTTP API, built by a command from its flags and sent by {@link ApiClient}. */
public record ApiRequest(String method, String path, Map<String, String> query, Optional<JsonObject> body) {

    public ApiRequest {
        query = Map.copyOf(new LinkedHashMap<>(query));
    }

    public static ApiRequest get(String path) {
        return new ApiRequest("GET", path, Map.of(), Optional.empty());
    }

    public static ApiRequest delete(String path) {
        return new ApiRequest("DELETE", path, Map.of(), Optional.empty());
    }

    public static ApiRequest post(String path, JsonObject body) {
        return new ApiRequest("POST", path, Map.of(), Optional.of(body));
    }

    public static ApiRequest put(String path, JsonObject body) {
        return new ApiRequest("PUT", path, Map.of(), Optional.of(body));
    }

    public ApiRequest withQuery(Map<String, String> parameters) {
        Map<String, String> merged = new LinkedHashMap<>(query);
        merged.putAll(parameters);
        return new ApiRequest(method, path, merged, body);
    }

    /** Path and query, the query sorted so that the text is stable. */
    public String target() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** One path segment (an entity or key ID) percent-encoded. */
    public static String segment(String value) {
        return encode(value).replace("+", "%20");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
