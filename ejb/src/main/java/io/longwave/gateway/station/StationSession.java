package io.longwave.gateway.station;

import io.longwave.gateway.GatewayEntry;

/**
 * One station's traffic connection: the gateway it authenticated as, where it sends to, and whether it
 * has said {@code version} (nothing else is accepted before). The websocket endpoint hands every text
 * message and the close to it; the protocol is {@link StationTraffic}'s.
 */
public final class StationSession {

    private final StationTraffic traffic;
    private final GatewayEntry gateway;
    private final StationChannel channel;
    private final String remote;
    private volatile boolean versioned;
    private volatile boolean closedByServer;
    private long rttRecordedAt;

    StationSession(StationTraffic traffic, GatewayEntry gateway, StationChannel channel, String remote) {
        this.traffic = traffic;
        this.gateway = gateway;
        this.channel = channel;
        this.remote = remote;
    }

    public void onText(String text) {
        traffic.handle(this, text);
    }

    /** The connection ended, with the websocket close code. */
    public void onClose(int code) {
        traffic.closed(this, code);
    }

    /** Whether {@code version} was answered; the endpoint then relaxes its idle limit. */
    public boolean versioned() {
        return versioned;
    }

    public GatewayEntry gateway() {
        return gateway;
    }

    StationChannel channel() {
        return channel;
    }

    String remote() {
        return remote;
    }

    void markVersioned() {
        versioned = true;
    }

    void close(int code, String reason) {
        closedByServer = true;
        channel.close(code, reason);
    }

    boolean closedByServer() {
        return closedByServer;
    }

    /** At most one round-trip write per second per connection. */
    synchronized boolean rttDue(long nowNanos) {
        if (rttRecordedAt != 0 && nowNanos - rttRecordedAt < 1_000_000_000L) {
            return false;
        }
        rttRecordedAt = nowNanos;
        return true;
    }
}
