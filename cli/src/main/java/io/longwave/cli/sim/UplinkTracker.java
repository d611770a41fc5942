package io.longwave.cli.sim;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Matches uplink events to the uplinks sent, by (device, f_cnt): latency from the first PUSH_DATA to the
 * event, rx_metadata per uplink, duplicates and the uplinks that never got an event.
 */
public final class UplinkTracker {

    private static final class Pending {
        final long sentNanos;
        final boolean measured;
        boolean matched;

        Pending(long sentNanos, boolean measured) {
            this.sentNanos = sentNanos;
            this.measured = measured;
        }
    }

    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final LongRecorder latencyMicros = new LongRecorder();
    private final LongRecorder rxMetadata = new LongRecorder();
    private final LongAdder matched = new LongAdder();
    private final LongAdder measuredSent = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder unknown = new LongAdder();

    private static long key(int device, long fCnt) {
        return (long) device << 32 | (fCnt & 0xFFFF_FFFFL);
    }

    /** An uplink left at {@code nanos}; only {@code measured} ones count in latency and losses. */
    public void sent(int device, long fCnt, long nanos, boolean measured) {
        pending.put(key(device, fCnt), new Pending(nanos, measured));
        if (measured) {
            measuredSent.increment();
        }
    }

    /** An uplink event arrived at {@code nanos}. */
    public void event(int device, long fCnt, int rxMetadataCount, long nanos) {
        Pending p = pending.get(key(device, fCnt));
        if (p == null) {
            unknown.increment();
            return;
        }
        synchronized (p) {
            if (p.matched) {
                duplicates.increment();
                return;
            }
            p.matched = true;
        }
        if (p.measured) {
            matched.increment();
            latencyMicros.add((nanos - p.sentNanos) / 1_000);
            rxMetadata.add(rxMetadataCount);
        }
    }

    public long matched() {
        return matched.sum();
    }

    /** Measured uplinks with no event (yet). */
    public long unmatched() {
        return measuredSent.sum() - matched.sum();
    }

    public long duplicates() {
        return duplicates.sum();
    }

    public long unknown() {
        return unknown.sum();
    }

    public LongRecorder latencyMicros() {
        return latencyMicros;
    }

    public LongRecorder rxMetadata() {
        return rxMetadata;
    }
}
