package io.longwave.gateway;

import io.longwave.identity.gateway.GatewayChanged;
import io.longwave.platform.redis.RedisClient;
import io.longwave.platform.startup.StartupCompleted;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps the Redis mirror of registered gateways ({@link GatewayEntry}) true to the registry: all of
 * it at start-up, one gateway after each committed change. Deleted gateways leave the mirror, so
 * their traffic is dropped as unknown.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class GatewayMirror {

    private static final Logger LOG = Logger.getLogger(GatewayMirror.class.getName());
    private static final String SELECT = "SELECT gateway_id, eui, frequency_plan_ids, enforce_duty_cycle,"
            + " require_authenticated_connection FROM gateways WHERE eui IS NOT NULL AND deleted_at IS NULL";

    @PersistenceContext(unitName = "longwave")
    EntityManager em;

    @Inject
    RedisClient redis;

    @Inject
    GatewayDirectory directory;

    public void onStartup(@Observes StartupCompleted event) {
        try {
            List<GatewayEntry> all = query(SELECT, null);
            for (GatewayEntry e : all) {
                redis.pool().hset(GatewayEntry.key(e.eui()), e.toHash());
            }
            LOG.info("gs.mirror.synced gateways=" + all.size());
        } catch (RuntimeException e) {
            LOG.warning("gs.mirror.sync-failed error=\"" + e.getMessage() + "\"");
        }
    }

    public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) GatewayChanged change) {
        if (change.previousEui() != null) {
            redis.pool().del(GatewayEntry.key(change.previousEui()));
            directory.forget(change.previousEui());
        }
        for (GatewayEntry e : query(SELECT + " AND gateway_id = ?1", change.gatewayId())) {
            redis.pool().del(GatewayEntry.key(e.eui()));
            redis.pool().hset(GatewayEntry.key(e.eui()), e.toHash());
            directory.forget(e.eui());
        }
    }

    private List<GatewayEntry> query(String sql, String gatewayId) {
        var q = em.createNativeQuery(sql);
        if (gatewayId != null) {
            q.setParameter(1, gatewayId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new GatewayEntry((String) r[0], (String) r[1],
                firstPlan((String) r[2]), (Boolean) r[3], (Boolean) r[4])).toList();
    }

    private static String firstPlan(String plans) {
        String p = plans == null ? "" : plans.trim();
        int space = p.indexOf(' ');
        return space < 0 ? p : p.substring(0, space);
    }
}
