package io.longwave.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Uplink storage (The Things Stack's storage integration) written off the uplink path: messages
 * queue in memory and a background task inserts them in JDBC batches every 250 ms; another deletes
 * what is older than the retention ({@code lw.as.storage.retention-hours}, 720 by default). A full
 * queue is a counted drop ({@code as_storage_dropped_total}), never a stall of the uplink path.
 */
@ApplicationScoped
public class UplinkStorage {

    private static final Logger LOG = Logger.getLogger(UplinkStorage.class.getName());
    private static final int CAPACITY = 200_000;
    private static final int BATCH = 2_000;

    @Resource(lookup = "jdbc/longwave")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MetricRegistry metrics;

    private record Row(String applicationId, String deviceId, Instant receivedAt, String message) {
    }

    private final BlockingQueue<Row> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
    private Counter dropped;
    private Counter stored;

    @PostConstruct
    void start() {
        dropped = metrics.counter("as_storage_dropped");
        stored = metrics.counter("as_storage_stored");
        tasks.add(scheduler.scheduleWithFixedDelay(this::flush, 250, 250, TimeUnit.MILLISECONDS));
        tasks.add(scheduler.scheduleWithFixedDelay(this::expire, 10, 60, TimeUnit.SECONDS));
    }

    @PreDestroy
    void stop() {
        tasks.forEach(t -> t.cancel(false));
    }

    /** @param message the ApplicationUp JSON text */
    public void offer(String applicationId, String deviceId, Instant receivedAt, String message) {
        if (!queue.offer(new Row(applicationId, deviceId, receivedAt, message))) {
            dropped.inc();
        }
    }

    public static Duration retention() {
        return Duration.ofHours(ConfigProvider.getConfig().getOptionalValue("lw.as.storage.retention-hours", Long.class)
                .orElse(720L));
    }

    void flush() {
        List<Row> batch = new ArrayList<>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement(
                         "INSERT INTO stored_uplinks (application_id, device_id, received_at, message) VALUES (?, ?, ?, ?)")) {
                for (Row r : batch) {
                    ps.setString(1, r.applicationId());
                    ps.setString(2, r.deviceId());
                    ps.setTimestamp(3, Timestamp.from(r.receivedAt()));
                    ps.setString(4, r.message());
                    ps.addBatch();
                }
                ps.executeBatch();
                stored.inc(batch.size());
            } catch (SQLException | RuntimeException e) {
                dropped.inc(batch.size());
                LOG.warning("as.storage.write-failed rows=" + batch.size() + " error=\"" + e.getMessage() + "\"");
            }
            batch.clear();
        }
    }

    void expire() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM stored_uplinks WHERE received_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now().minus(retention())));
            int n = ps.executeUpdate();
            if (n > 0) {
                LOG.info("as.storage.expired rows=" + n);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warning("as.storage.expire-failed error=\"" + e.getMessage() + "\"");
        }
    }
}
