package io.longwave.it.network;

import io.longwave.it.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** An application's live event stream ({@code POST /api/v3/events}, server-sent events), as an integration would read it. */
public final class EventStream implements AutoCloseable {

    final BlockingQueue<JsonObject> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final CompletableFuture<Void> subscribed = new CompletableFuture<>();

    public EventStream(String token, String applicationId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestServer.https("/api/v3/events")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"identifiers\":[{\"application_ids\":{\"application_id\":\""
                        + applicationId + "\"}}]}"))
                .build();
        response = TestServer.client().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> r.body().forEach(line -> {
            if (line.startsWith(":")) {
                subscribed.complete(null);
            } else if (line.startsWith("data:")) {
                try (JsonReader reader = Json.createReader(new StringReader(line.substring(5).trim()))) {
                    events.add(reader.readObject());
                }
            }
        }));
        subscribed.get(20, TimeUnit.SECONDS);
    }

    int status() throws Exception {
        return response.get(20, TimeUnit.SECONDS).statusCode();
    }

    /** The next event matching {@code filter} within {@code timeout}, skipping others; null if none. */
    public JsonObject next(Predicate<JsonObject> filter, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject e = events.poll(50, TimeUnit.MILLISECONDS);
            if (e != null && filter.test(e)) {
                return e;
            }
        }
        return null;
    }

    public JsonObject next(String name, Duration timeout) throws InterruptedException {
        return next(e -> name.equals(e.getString("name")), timeout);
    }

    @Override
    public void close() {
        response.cancel(true);
    }
}
