package io.longwave.cli.sim;

/**
 * A gateway's tmst source: microseconds since the gateway started, plus a start offset (so that runs
 * cross a wrap early), from a nanoTime reading.
 */
public record GatewayClock(long startNanos, long offsetMicros) {

    public long tmst(long nowNanos) {
        return Tmst.of((nowNanos - startNanos) / 1_000 + offsetMicros);
    }

    public long now() {
        return tmst(System.nanoTime());
    }
}
