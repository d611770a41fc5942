package io.longwave.cli.sim;

import io.longwave.cli.api.ApiClient;
import io.longwave.cli.api.ApiException;
import io.longwave.cli.api.ConnectionException;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The application's event stream ({@code POST /api/v3/events}, server-sent events) read on its own thread. */
public final class EventStream implements AutoCloseable {

    private final Stream<String> lines;
    private final Thread reader;
    private volatile boolean closed;

    private EventStream(Stream<String> lines, Consumer<String> events) {
        this.lines = lines;
        SseParser parser = new SseParser(events);
        this.reader = new Thread(() -> {
            try {
                lines.forEach(parser);
                parser.flush();
            } catch (RuntimeException e) {
                if (!closed) {
                    System.err.println("sim: event stream ended: " + e.getMessage());
                }
            }
        }, "sim-events");
        reader.setDaemon(true);
    }

    /** Opens the stream (the headers are in when this returns) and starts reading. */
    public static EventStream open(ApiClient api, String applicationId, Consumer<String> events)
            throws ApiException, ConnectionException {
        Stream<String> lines = api.stream(ProvisionRequests.events(applicationId), "text/event-stream",
                Duration.ofDays(1));
        EventStream stream = new EventStream(lines, events);
        stream.reader.start();
        return stream;
    }

    @Override
    public void close() {
        closed = true;
        // Closing the TLS connection waits for the read blocked on it, up to the server's next keep-alive
        // (15 s): it is closed on a daemon thread that the run does not wait for.
        Thread closer = new Thread(() -> {
            try {
                lines.close();
            } catch (RuntimeException e) {
                // closing a half-read HTTP body
            }
        }, "sim-events-close");
        closer.setDaemon(true);
        closer.start();
    }
}
