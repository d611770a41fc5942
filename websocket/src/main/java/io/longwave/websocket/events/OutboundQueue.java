package io.longwave.websocket.events;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The text messages waiting for one websocket, sent one at a time without blocking the caller (the
 * node's single event subscriber thread must never wait for a slow client). Held until {@link #start}
 * so that the subscription confirmation goes first; a client that falls {@code limit} messages behind
 * is closed with 1013 rather than buffered without end.
 */
public final class OutboundQueue {

    private final Session session;
    private final int limit;
    private final Deque<String> pending = new ArrayDeque<>();
    private boolean held = true;
    private boolean sending;
    private boolean closed;

    public OutboundQueue(Session session, int limit) {
        this.session = session;
        this.limit = limit;
    }

    /** Queues a message; throws once the socket is gone, which unsubscribes an event listener. */
    public void send(String text) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("websocket closed");
            }
            if (pending.size() >= limit) {
                closed = true;
                pending.clear();
                closeSlow();
                throw new IllegalStateException("websocket client too slow");
            }
            pending.addLast(text);
            if (held || sending) {
                return;
            }
            sending = true;
            text = pending.pollFirst();
        }
        write(text);
    }

    /** Sends {@code first}, then whatever queued up while held. */
    public void start(String first) {
        synchronized (this) {
            held = false;
            pending.addFirst(first);
            if (sending || closed) {
                return;
            }
            sending = true;
            first = pending.pollFirst();
        }
        write(first);
    }

    public void close() {
        synchronized (this) {
            closed = true;
            pending.clear();
        }
    }

    private void write(String text) {
        session.getAsyncRemote().sendText(text, result -> {
            String next;
            synchronized (this) {
                next = result.isOK() && !closed ? pending.pollFirst() : null;
                if (!result.isOK()) {
                    closed = true;
                    pending.clear();
                }
                if (next == null) {
                    sending = false;
                    return;
                }
            }
            write(next);
        });
    }

    private void closeSlow() {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "client too slow: " + limit + " events behind"));
        } catch (IOException | RuntimeException ignored) {
            // the connection is already gone
        }
    }
}
