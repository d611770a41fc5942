package io.longwave.udp.adapter;

import io.longwave.udp.api.UdpPortStatistics;
import java.util.concurrent.atomic.LongAdder;

/** Counters of one inbound port; LongAdder because several threads count at once. */
final class PortCounters {
    final LongAdder received = new LongAdder();
    final LongAdder delivered = new LongAdder();
    final LongAdder failed = new LongAdder();
    final LongAdder dropped = new LongAdder();
    final LongAdder truncated = new LongAdder();
    final LongAdder sent = new LongAdder();

    UdpPortStatistics snapshot(int port, int queued) {
        return new UdpPortStatistics(port, received.sum(), delivered.sum(), failed.sum(), dropped.sum(),
                truncated.sum(), sent.sum(), queued);
    }
}
