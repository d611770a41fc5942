package io.longwave.network;

import io.longwave.platform.cluster.NodeIdentity;
import io.longwave.platform.redis.RedisClient;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.params.SetParams;

/**
 * Merges the copies of one uplink heard by several gateways. The first copy on a node claims the
 * frame in Redis ({@code SET NX}); the node that wins keeps a window open ({@code lw.ns.dedup-window-ms},
 * 200 ms by default) and collects copies, its own in memory and other nodes' from a Redis list; a node
 * that loses pushes its copies' metadata to that list. At window end the winner processes the uplink
 * once, with every gateway's metadata. Copies after the window are counted and dropped.
 *
 * <p>Windows close on this class's own scheduler ({@code lw.ns.uplink-threads}, 4 by default), built
 * from the server's managed thread factory: the server's managed scheduled executor tracks every
 * future it hands out and rescans that list on each submission, which at thousands of windows a
 * second cost more than the uplinks themselves.
 */
@ApplicationScoped
public class UplinkDeduplicator {

    private static final Logger LOG = Logger.getLogger(UplinkDeduplicator.class.getName());

    @Inject
    RedisClient redis;

    @Inject
    NodeIdentity node;

    @Inject
    UplinkProcessor processor;

    @Inject
    MetricRegistry metrics;

    @Resource
    ManagedThreadFactory threads;

    private final Map<String, Window> open = new ConcurrentHashMap<>();
    private ScheduledThreadPoolExecutor scheduler;
    private long windowMillis;
    private Counter duplicates;
    private Counter late;
    private Counter failed;

    private static final class Window {
        final GatewayUplink first;
        final List<RxMetadata> metadata = new ArrayList<>(4);
        final String redisKey;
        /** Null until Redis answered the claim. */
        Boolean owner;
        boolean closed;

        Window(GatewayUplink first, String redisKey) {
            this.first = first;
            this.redisKey = redisKey;
            metadata.add(first.metadata());
        }
    }

    @PostConstruct
    void init() {
        windowMillis = ConfigProvider.getConfig().getOptionalValue("lw.ns.dedup-window-ms", Long.class).orElse(200L);
        duplicates = metrics.counter("ns_uplink_copies_merged");
        late = metrics.counter("ns_uplink_copies_late");
        failed = metrics.counter("ns_uplink_processing_failed");
        int workers = ConfigProvider.getConfig().getOptionalValue("lw.ns.uplink-threads", Integer.class).orElse(4);
        scheduler = new ScheduledThreadPoolExecutor(workers, threads);
        scheduler.setRemoveOnCancelPolicy(true);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdown();
    }

    public void offer(GatewayUplink uplink) {
        String local = new String(uplink.phyPayload(), java.nio.charset.StandardCharsets.ISO_8859_1);
        Window w = open.get(local);
        if (w == null) {
            // only a first copy needs its Redis key
            Window fresh = new Window(uplink, "lw:dedup:" + HexFormat.of().formatHex(uplink.phyPayload()));
            w = open.putIfAbsent(local, fresh);
            if (w == null) {
                claim(local, fresh);
                return;
            }
        }
        addCopy(w, uplink.metadata());
    }

    /** The first copy on this node: claims the frame cluster-wide and opens the window. */
    private void claim(String local, Window fresh) {
        boolean won = "OK".equals(redis.pool().set(fresh.redisKey, node.id(),
                SetParams.setParams().nx().px(windowMillis * 5 + 1000)));
        List<RxMetadata> toForward = List.of();
        synchronized (fresh) {
            fresh.owner = won;
            if (!won) {
                toForward = new ArrayList<>(fresh.metadata);
                fresh.metadata.clear();
            }
        }
        if (!toForward.isEmpty()) {
            forward(fresh.redisKey, toForward);
        }
        scheduler.schedule(() -> close(local, fresh), windowMillis, TimeUnit.MILLISECONDS);
    }

    private void addCopy(Window w, RxMetadata md) {
        boolean toOwner;
        synchronized (w) {
            if (w.closed) {
                late.inc();
                return;
            }
            toOwner = w.owner == Boolean.FALSE;
            if (!toOwner) {
                // owner, or the claim still on its way to Redis: keep it here until that is known
                w.metadata.add(md);
            }
        }
        duplicates.inc();
        if (toOwner) {
            forward(w.redisKey, List.of(md));
        }
    }

    /** Hands copies to the node that owns the window, through the window's Redis list. */
    private void forward(String redisKey, List<RxMetadata> copies) {
        try (Pipeline p = redis.pool().pipelined()) {
            p.rpush(redisKey + ":md", copies.stream().map(RxMetadataCodec::encode).toArray(String[]::new));
            p.pexpire(redisKey + ":md", windowMillis * 5 + 1000);
            p.sync();
        }
    }

    private void close(String local, Window w) {
        List<RxMetadata> all;
        synchronized (w) {
            w.closed = true;
            all = new ArrayList<>(w.metadata);
        }
        open.remove(local, w);
        if (w.owner != Boolean.TRUE) {
            return;
        }
        try {
            for (String json : redis.pool().lrange(w.redisKey + ":md", 0, -1)) {
                all.add(RxMetadataCodec.decode(json));
            }
            processor.process(new DeduplicatedUplink(w.first.phyPayload(), all, w.first.settings(),
                    w.first.frequencyPlanId(), w.first.receivedAtNanos()));
        } catch (RuntimeException e) {
            failed.inc();
            LOG.log(Level.WARNING, "ns.uplink.failed error=\"" + e + "\"", e);
        }
    }
}
