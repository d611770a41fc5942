package io.longwave.platform.devices;

import io.longwave.platform.json.Jsonp;
import jakarta.ejb.Stateless;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** PostgreSQL rows of {@code component_devices}: the registries' documents, keys already wrapped. */
@Stateless
public class ComponentDeviceStore {

    private static final String COLUMNS = "application_id, device_id, dev_eui, join_eui, document";

    @PersistenceContext(unitName = "longwave")
    EntityManager em;

    public Optional<ComponentDevice> find(Component c, String appId, String deviceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS
                        + " FROM component_devices WHERE component = ?1 AND application_id = ?2 AND device_id = ?3")
                .setParameter(1, c.code()).setParameter(2, appId).setParameter(3, deviceId).getResultList();
        return rows.stream().findFirst().map(r -> row(c, r));
    }

    public List<ComponentDevice> all(Component c) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM component_devices WHERE component = ?1")
                .setParameter(1, c.code()).getResultList();
        return rows.stream().map(r -> row(c, r)).toList();
    }

    public void upsert(ComponentDevice d) {
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("INSERT INTO component_devices (component, application_id, device_id, dev_eui, join_eui,"
                        + " document, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"
                        + " ON CONFLICT (component, application_id, device_id) DO UPDATE SET dev_eui = EXCLUDED.dev_eui,"
                        + " join_eui = EXCLUDED.join_eui, document = EXCLUDED.document, updated_at = EXCLUDED.updated_at")
                .setParameter(1, d.component().code()).setParameter(2, d.applicationId()).setParameter(3, d.deviceId())
                .setParameter(4, d.devEui()).setParameter(5, d.joinEui()).setParameter(6, d.document().toString())
                .setParameter(7, now).executeUpdate();
    }

    public boolean delete(Component c, String appId, String deviceId) {
        return em.createNativeQuery("DELETE FROM component_devices WHERE component = ?1 AND application_id = ?2 AND device_id = ?3")
                .setParameter(1, c.code()).setParameter(2, appId).setParameter(3, deviceId).executeUpdate() > 0;
    }

    /** Another device of the same registry holding this JoinEUI/DevEUI pair, if any. */
    public Optional<String> euiHolder(Component c, String joinEui, String devEui) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT application_id, device_id FROM component_devices"
                        + " WHERE component = ?1 AND join_eui = ?2 AND dev_eui = ?3")
                .setParameter(1, c.code()).setParameter(2, joinEui).setParameter(3, devEui).getResultList();
        return rows.stream().findFirst().map(r -> r[0] + "/" + r[1]);
    }

    private static ComponentDevice row(Component c, Object[] r) {
        try (JsonReader reader = Jsonp.createReader(new StringReader((String) r[4]))) {
            JsonObject doc = reader.readObject();
            return new ComponentDevice(c, (String) r[0], (String) r[1], (String) r[2], (String) r[3], doc);
        }
    }
}
