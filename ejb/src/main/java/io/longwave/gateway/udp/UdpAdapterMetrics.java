package io.longwave.gateway.udp;

import io.longwave.udp.api.UdpConnectionFactory;
import io.longwave.udp.api.UdpPortStatistics;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Publishes the resource adapter's own counters for the Semtech UDP port as gauges
 * ({@code udp_adapter_received}, {@code _delivered}, {@code _failed}, {@code _dropped},
 * {@code _truncated}, {@code _sent}, {@code _queued}), read live from the adapter.
 */
@Singleton
@Startup
public class UdpAdapterMetrics {

    @Resource(lookup = "eis/longwave/udp")
    UdpConnectionFactory udp;

    @Inject
    MetricRegistry metrics;

    @PostConstruct
    void register() {
        int port = ConfigProvider.getConfig().getOptionalValue("lw.udp.port", Integer.class).orElse(1700);
        Tag tag = new Tag("port", Integer.toString(port));
        gauge("udp_adapter_received", port, tag, UdpPortStatistics::received);
        gauge("udp_adapter_delivered", port, tag, UdpPortStatistics::delivered);
        gauge("udp_adapter_failed", port, tag, UdpPortStatistics::failed);
        gauge("udp_adapter_dropped", port, tag, UdpPortStatistics::dropped);
        gauge("udp_adapter_truncated", port, tag, UdpPortStatistics::truncated);
        gauge("udp_adapter_sent", port, tag, UdpPortStatistics::sent);
        gauge("udp_adapter_queued", port, tag, s -> s.queued());
    }

    private void gauge(String name, int port, Tag tag, ToLongFunction<UdpPortStatistics> field) {
        metrics.gauge(name, udp, f -> f.statistics().stream()
                .filter(s -> s.port() == port)
                .mapToLong(field)
                .sum(), tag);
    }
}
