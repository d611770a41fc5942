package io.longwave.cli.api;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.OptionalLong;

/** Sends {@link ApiRequest}s with the bearer credential; error answers become {@link ApiException}. */
public final class ApiClient {

    private final HttpTransport transport;
    private final Optional<String> bearer;

    public ApiClient(HttpTransport transport, Optional<String> bearer) {
        this.transport = transport;
        this.bearer = bearer;
    }

    public ApiResponse call(ApiRequest call) throws ApiException, ConnectionException {
        HttpRequest.BodyPublisher body = call.body()
                .map(b -> HttpRequest.BodyPublishers.ofString(Jsons.compact(b)))
                .orElse(HttpRequest.BodyPublishers.noBody());
        HttpRequest.Builder request = transport.request(call.target())
                .header("Accept", "application/json")
                .method(call.method(), body);
        call.body().ifPresent(b -> request.header("Content-Type", "application/json"));
        bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        HttpResponse<String> response = transport.send(request.build());
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new ApiException(status, ErrorBodies.message(status, response.body()));
        }
        return new ApiResponse(status, parse(status, response.body()), total(response));
    }

    /**
     * Opens a streaming answer (server-sent events) and returns its lines as they arrive; closing the stream
     * ends the call. Error answers become {@link ApiException} as with {@link #call}.
     */
    public java.util.stream.Stream<String> stream(ApiRequest call, String accept, java.time.Duration timeout)
            throws ApiException, ConnectionException {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Accept", accept);
        call.body().ifPresent(b -> headers.put("Content-Type", "application/json"));
        bearer.ifPresent(token -> headers.put("Authorization", "Bearer " + token));
        HttpTransport.StreamedAnswer answer = transport.sendStreaming(call.method(), call.target(), headers,
                call.body().map(Jsons::compact).orElse(null), timeout);
        if (answer.status() / 100 != 2) {
            String text;
            try (java.util.stream.Stream<String> lines = answer.lines()) {
                text = lines.limit(200).collect(java.util.stream.Collectors.joining("\n"));
            }
            throw new ApiException(answer.status(), ErrorBodies.message(answer.status(), text));
        }
        return answer.lines();
    }

    private static JsonObject parse(int status, String body) throws ApiException {
        if (body == null || body.isBlank()) {
            return Jsons.PROVIDER.createObjectBuilder().build();
        }
        try {
            return Jsons.parseObject(body);
        } catch (RuntimeException e) {
            throw new ApiException(status, "the server answered no JSON object");
        }
    }

    private static OptionalLong total(HttpResponse<String> response) {
        try {
            return response.headers().firstValue("X-Total-Count").map(v -> OptionalLong.of(Long.parseLong(v.trim())))
                    .orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
