package io.longwave.application;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityId;
import io.longwave.identity.IdentityException;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Reads uplink storage: {@code GET /api/v3/as/applications/{app}[/devices/{dev}]/packages/storage/uplink_message}. */
@Stateless
public class StoredUplinks {

    @PersistenceContext(unitName = "longwave")
    EntityManager em;

    @Inject
    RightsResolver rights;

    /** @return ApplicationUp messages, oldest first, each as {@code {"result": ...}} like The Things Stack's stream */
    public List<JsonObject> list(Caller caller, String appId, String deviceId, Instant after, Instant before, int limit) {
        rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_TRAFFIC_READ);
        if (limit < 1 || limit > 10_000) {
            throw IdentityException.invalid("limit", "must be 1..10000");
        }
        StringBuilder sql = new StringBuilder("SELECT message FROM stored_uplinks WHERE application_id = ?1");
        if (deviceId != null) {
            sql.append(" AND device_id = ?2");
        }
        if (after != null) {
            sql.append(" AND received_at >= ?3");
        }
        if (before != null) {
            sql.append(" AND received_at < ?4");
        }
        sql.append(" ORDER BY received_at DESC, id DESC");
        Query q = em.createNativeQuery(sql.toString()).setParameter(1, appId).setMaxResults(limit);
        if (deviceId != null) {
            q.setParameter(2, deviceId);
        }
        if (after != null) {
            q.setParameter(3, Timestamp.from(after));
        }
        if (before != null) {
            q.setParameter(4, Timestamp.from(before));
        }
        @SuppressWarnings("unchecked")
        List<String> rows = q.getResultList();
        java.util.Collections.reverse(rows);
        return rows.stream().map(StoredUplinks::parse).toList();
    }

    private static JsonObject parse(String json) {
        try (JsonReader r = Jsonp.createReader(new StringReader(json))) {
            return Jsonp.createObjectBuilder().add("result", r.readObject()).build();
        }
    }

}
