package io.longwave.identity.device;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityId;
import io.longwave.identity.ErrorKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.Identifiers;
import io.longwave.identity.api.FieldMask;
import io.longwave.identity.api.JsonFields;
import io.longwave.identity.api.ListRequest;
import io.longwave.identity.api.Page;
import io.longwave.identity.application.Application;
import io.longwave.identity.application.Attributes;
import io.longwave.identity.application.ServerAddress;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.organization.CreationPolicy;
import io.longwave.identity.organization.TextFields;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The end device registry of the Identity Server: which devices an application has, their EUIs and
 * metadata. Deleting a device removes it at once, as in The Things Stack.
 */
@Stateless
public class EndDeviceRegistry {

    private static final Logger LOG = Logger.getLogger(EndDeviceRegistry.class.getName());
    private static final Map<String, String> ORDER = Map.of("device_id", "device_id", "name", "name",
            "created_at", "created_at", "updated_at", "updated_at");

    @PersistenceContext(unitName = "longwave")
    private EntityManager em;

    @Inject
    RightsResolver rights;

    public JsonObject create(Caller caller, String appId, JsonObject request) {
        rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_DEVICES_WRITE);
        JsonObject body = JsonFields.object(request, "end_device");
        JsonObject ids = JsonFields.object(body, "ids");
        String deviceId = JsonFields.requiredString(ids, "device_id");
        if (!Identifiers.valid(deviceId)) {
            throw IdentityException.invalid("end_device.ids.device_id", "must be 2-36 lower-case letters, digits and dashes");
        }
        String pathApp = JsonFields.string(JsonFields.object(ids, "application_ids"), "application_id").orElse(appId);
        if (!pathApp.equals(appId)) {
            throw IdentityException.invalid("end_device.ids.application_ids", "must match the application in the path");
        }
        String devEui = eui(ids, "dev_eui");
        String joinEui = eui(ids, "join_eui");
        // Locking the application serialises creations, so that the device limit holds under concurrency.
        Application app = em.find(Application.class, appId, LockModeType.PESSIMISTIC_WRITE);
        if (em.find(EndDevice.class, new EndDevice.Key(appId, deviceId)) != null) {
            throw new IdentityException(ErrorKind.ALREADY_EXISTS, "end_device_already_exists",
                    "end device `{id}` already exists", Map.of("id", appId + "." + deviceId));
        }
        requireFreeEuis(devEui, joinEui);
        if (app.endDeviceLimit() != null) {
            // counted only when limited: the count grows with the application, and an import of
            // tens of thousands of devices would pay it on every one
            long count = ((Number) em.createNativeQuery("SELECT count(*) FROM end_devices WHERE application_id = ?1")
                    .setParameter(1, appId).getSingleResult()).longValue();
            CreationPolicy.requireBelowLimit("application end device", app.endDeviceLimit(), count);
        }
        EndDevice d = new EndDevice(appId, deviceId, devEui, joinEui, Instant.now());
        d.name(TextFields.name(body));
        d.description(TextFields.description(body));
        d.attributes(Attributes.read(body, "attributes"));
        d.versionIds(VersionIds.read(body));
        d.networkServerAddress(ServerAddress.read(body, "network_server_address"));
        d.applicationServerAddress(ServerAddress.read(body, "application_server_address"));
        d.joinServerAddress(ServerAddress.read(body, "join_server_address"));
        em.persist(d);
        em.flush();
        LOG.info("end_device.created application_id=" + appId + " device_id=" + deviceId + " dev_eui=" + devEui);
        return EndDeviceJson.of(d);
    }

    public JsonObject get(Caller caller, String appId, String deviceId, FieldMask mask) {
        rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_DEVICES_READ);
        mask.validate(EndDeviceJson.FIELDS);
        return JsonFields.masked(EndDeviceJson.of(find(appId, deviceId)), mask);
    }

    public Page list(Caller caller, String appId, ListRequest request, FieldMask mask) {
        rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_DEVICES_READ);
        mask.validate(EndDeviceJson.FIELDS);
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM end_devices WHERE application_id = ?1")
                .setParameter(1, appId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT device_id FROM end_devices WHERE application_id = ?1 ORDER BY "
                        + request.orderBy(ORDER, "device_id"))
                .setParameter(1, appId).setFirstResult(request.offset()).setMaxResults(request.effectiveLimit())
                .getResultList();
        JsonArrayBuilder out = Jsonp.createArrayBuilder();
        for (String id : ids) {
            out.add(JsonFields.masked(EndDeviceJson.of(em.find(EndDevice.class, new EndDevice.Key(appId, id))), mask));
        }
        return new Page(Jsonp.createObjectBuilder().add("end_devices", out).build(), total);
    }

    public JsonObject update(Caller caller, String appId, String deviceId, JsonObject request) {
        rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_DEVICES_WRITE);
        FieldMask mask = FieldMask.ofBody(request).validate(EndDeviceJson.FIELDS);
        if (mask.isEmpty()) {
            throw IdentityException.invalid("field_mask.paths", "name the fields to update");
        }
        JsonObject body = JsonFields.object(request, "end_device");
        EndDevice d = find(appId, deviceId);
        for (String path : mask.paths()) {
            switch (path) {
                case "name" -> d.name(TextFields.name(body));
                case "description" -> d.description(TextFields.description(body));
                case "attributes" -> d.attributes(Attributes.read(body, path));
                case "version_ids" -> d.versionIds(VersionIds.read(body));
                case "network_server_address" -> d.networkServerAddress(ServerAddress.read(body, path));
                case "application_server_address" -> d.applicationServerAddress(ServerAddress.read(body, path));
                case "join_server_address" -> d.joinServerAddress(ServerAddress.read(body, path));
                default -> throw IdentityException.invalid("field_mask.paths", "`" + path + "` cannot be updated");
            }
        }
        d.touch(Instant.now());
        LOG.info("end_device.updated application_id=" + appId + " device_id=" + deviceId + " fields=" + mask.paths());
        return JsonFields.masked(EndDeviceJson.of(d), mask);
    }

    public void delete(Caller caller, String appId, String deviceId) {
        rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_DEVICES_WRITE);
        em.remove(find(appId, deviceId));
        LOG.info("end_device.deleted application_id=" + appId + " device_id=" + deviceId);
    }

    private EndDevice find(String appId, String deviceId) {
        EndDevice d = em.find(EndDevice.class, new EndDevice.Key(appId, deviceId));
        if (d == null) {
            throw new IdentityException(ErrorKind.NOT_FOUND, "end_device_not_found", "end device `{id}` not found",
                    Map.of("id", appId + "." + deviceId));
        }
        return d;
    }

    /** A DevEUI and JoinEUI pair names one registered device across all applications. */
    private void requireFreeEuis(String devEui, String joinEui) {
        if (devEui == null || joinEui == null) {
            return;
        }
        List<?> clash = em.createNativeQuery("SELECT device_id FROM end_devices WHERE dev_eui = ?1 AND join_eui = ?2")
                .setParameter(1, devEui).setParameter(2, joinEui).getResultList();
        if (!clash.isEmpty()) {
            throw new IdentityException(ErrorKind.ALREADY_EXISTS, "end_device_euis_taken",
                    "an end device with JoinEUI `{join_eui}` and DevEUI `{dev_eui}` is already registered",
                    Map.of("join_eui", joinEui, "dev_eui", devEui));
        }
    }

    private static String eui(JsonObject ids, String field) {
        return JsonFields.string(ids, field).filter(s -> !s.isEmpty()).map(s -> {
            if (!s.matches("[0-9A-Fa-f]{16}")) {
                throw IdentityException.invalid("end_device.ids." + field, "must be 16 hexadecimal digits");
            }
            return s.toUpperCase(Locale.ROOT);
        }).orElse(null);
    }
}
