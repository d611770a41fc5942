package io.longwave.udp.api;

import jakarta.resource.ResourceException;
import java.util.List;

/** Outbound side of the adapter, looked up or injected as a resource ({@code eis/longwave/udp}). */
public interface UdpConnectionFactory {

    UdpConnection getConnection() throws ResourceException;

    /** Counters of every bound inbound port, for metrics and tests. */
    List<UdpPortStatistics> statistics();
}
