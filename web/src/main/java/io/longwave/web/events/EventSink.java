package io.longwave.web.events;

import io.longwave.platform.events.EventSubscription;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One server-sent event stream. {@link #send} only queues the event; the stream's own writer thread
 * writes whatever has gathered and flushes once per batch, so a slow reader never holds up the node's
 * event fan-out or the other streams. A reader that falls {@value #MAX_QUEUED} events behind, or goes
 * away (seen at the latest by the keep-alive comment after 15 s of quiet), is closed and unsubscribed.
 */
final class EventSink implements AsyncListener {

    static final int MAX_QUEUED = 10_000;
    private static final int BATCH = 256;
    private static final long KEEP_ALIVE_NANOS = 15_000_000_000L;
    private static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(MAX_QUEUED);
    private volatile AsyncContext async;
    private volatile EventSubscription subscription;
    private volatile boolean closed;

    /**
     * Starts writing to the response what has been queued and what comes; the subscription that feeds
     * this stream is closed with it.
     */
    void start(AsyncContext context, EventSubscription feed, ManagedThreadFactory threads) throws IOException {
        ServletOutputStream out = context.getResponse().getOutputStream();
        async = context;
        subscription = feed;
        context.addListener(this);
        Thread writer = threads.newThread(() -> write(out));
        writer.setName("longwave-sse-writer");
        writer.start();
    }

    /** Queues one event (single-line JSON); throws when the stream is closed, which unsubscribes it. */
    void send(String json) {
        enqueue(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    void comment(String text) {
        enqueue((": " + text.replace('\n', ' ') + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    private void enqueue(byte[] frame) {
        if (closed) {
            throw new IllegalStateException("event stream closed");
        }
        if (!queue.offer(frame)) {
            close();
            throw new IllegalStateException("event stream reader too slow");
        }
    }

    private void write(ServletOutputStream out) {
        List<byte[]> batch = new ArrayList<>(BATCH);
        long idleSince = System.nanoTime();
        try {
            while (!closed) {
                byte[] first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    if (System.nanoTime() - idleSince < KEEP_ALIVE_NANOS) {
                        continue;
                    }
                    // a quiet stream still notices a reader that went away, and proxies keep it open
                    first = KEEP_ALIVE;
                }
                idleSince = System.nanoTime();
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                for (byte[] frame : batch) {
                    out.write(frame);
                }
                async.getResponse().flushBuffer();
                batch.clear();
            }
        } catch (IOException | RuntimeException e) {
            close(); // the reader went away
        } catch (InterruptedException e) {
            close();
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
        close();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close();
    }

    @Override
    public void onError(AsyncEvent event) {
        close();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // the stream is started once
    }

    private void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        queue.clear();
        EventSubscription s = subscription;
        if (s != null) {
            s.close();
        }
        AsyncContext a = async;
        if (a == null) {
            return;
        }
        try {
            a.complete();
        } catch (IllegalStateException ignored) {
            // already completed by the container
        }
    }
}
