package io.longwave.platform.devices;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityId;
import io.longwave.identity.ErrorKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.Identifiers;
import io.longwave.identity.api.FieldMask;
import io.longwave.identity.api.JsonFields;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.Rights;
import io.longwave.identity.rights.RightsResolver;
import io.longwave.platform.secrets.KeyVault;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * {@code PUT/GET/DELETE /api/v3/{ns,as,js}/applications/{app}/devices/{dev}}: each component's part
 * of an end device, in The Things Stack v3 JSON. A registry refuses fields that are not its own;
 * keys are wrapped before they are stored and shown only to callers holding the device-keys right.
 */
@Stateless
public class ComponentDeviceRegistry {

    private static final Logger LOG = Logger.getLogger(ComponentDeviceRegistry.class.getName());

    @Inject
    RightsResolver rights;

    @Inject
    ComponentDeviceStore store;

    @Inject
    KeyVault vault;

    @Inject
    Event<ComponentDeviceChanged> changes;

    public JsonObject set(Caller caller, Component c, String appId, String deviceId, JsonObject request) {
        JsonObject body = JsonFields.object(request, "end_device");
        boolean writesKeys = containsKey(body, c.keyNames());
        Set<Right> held = writesKeys
                ? rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_DEVICES_WRITE,
                        Right.RIGHT_APPLICATION_DEVICES_WRITE_KEYS)
                : rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_DEVICES_WRITE);
        FieldMask mask = FieldMask.ofBody(request);
        for (String field : body.keySet()) {
            requireOwnField(c, field);
        }
        for (String path : mask.paths()) {
            requireOwnField(c, topLevel(path));
        }
        if (!Identifiers.valid(deviceId)) {
            throw IdentityException.invalid("end_device.ids.device_id", "must be 2-36 lower-case letters, digits and dashes");
        }
        JsonObject existing = store.find(c, appId, deviceId).map(ComponentDevice::document).orElse(JsonValue.EMPTY_JSON_OBJECT);
        JsonObjectBuilder merged = Jsonp.createObjectBuilder(existing);
        for (String field : c.fields()) {
            if (field.equals("ids") || !(mask.isEmpty() ? body.containsKey(field) : mask.selects(field))) {
                continue;
            }
            if (body.containsKey(field)) {
                merged.add(field, body.get(field));
            } else {
                merged.remove(field);
            }
        }
        JsonObject ids = ids(appId, deviceId, existing.getJsonObject("ids"), body.getJsonObject("ids"));
        merged.add("ids", ids);
        JsonObject doc;
        try {
            doc = DeviceDocumentRules.check(c, DeviceKeys.seal(merged.build(), c.keyNames(), vault));
        } catch (IllegalArgumentException e) {
            throw IdentityException.invalid("end_device", e.getMessage());
        }
        String devEui = ids.getString("dev_eui", null);
        String joinEui = ids.getString("join_eui", null);
        if (devEui != null && joinEui != null) {
            store.euiHolder(c, joinEui, devEui).filter(holder -> !holder.equals(appId + "/" + deviceId)).ifPresent(holder -> {
                throw new IdentityException(ErrorKind.ALREADY_EXISTS, "end_device_euis_taken",
                        "an end device with JoinEUI `{join_eui}` and DevEUI `{dev_eui}` is already registered",
                        Map.of("join_eui", joinEui, "dev_eui", devEui));
            });
        }
        ComponentDevice device = new ComponentDevice(c, appId, deviceId, devEui, joinEui, doc);
        store.upsert(device);
        changes.fire(new ComponentDeviceChanged(c, appId, deviceId, device));
        LOG.info(c.code() + ".device.set application_id=" + appId + " device_id=" + deviceId
                + " fields=" + (mask.isEmpty() ? body.keySet() : mask.paths()));
        return view(c, doc, held, mask.isEmpty() ? FieldMask.ALL : mask);
    }

    public JsonObject get(Caller caller, Component c, String appId, String deviceId, FieldMask mask) {
        Set<Right> held = rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_DEVICES_READ);
        for (String path : mask.paths()) {
            requireOwnField(c, topLevel(path));
        }
        ComponentDevice d = store.find(c, appId, deviceId).orElseThrow(() -> notFound(appId, deviceId));
        return view(c, d.document(), held, mask);
    }

    public void delete(Caller caller, Component c, String appId, String deviceId) {
        rights.require(caller, EntityId.application(appId), Right.RIGHT_APPLICATION_DEVICES_WRITE);
        if (!store.delete(c, appId, deviceId)) {
            throw notFound(appId, deviceId);
        }
        changes.fire(new ComponentDeviceChanged(c, appId, deviceId, null));
        LOG.info(c.code() + ".device.deleted application_id=" + appId + " device_id=" + deviceId);
    }

    private JsonObject view(Component c, JsonObject doc, Set<Right> held, FieldMask mask) {
        boolean keys = Rights.covers(held, EnumSet.of(Right.RIGHT_APPLICATION_DEVICES_READ_KEYS));
        JsonObject shown = keys ? DeviceKeys.open(doc, c.keyNames(), vault) : DeviceKeys.strip(doc, c.keyNames());
        return JsonFields.masked(shown, mask);
    }

    private static JsonObject ids(String appId, String deviceId, JsonObject existing, JsonObject given) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder(existing == null ? JsonValue.EMPTY_JSON_OBJECT : existing);
        if (given != null) {
            String pathDevice = given.getString("device_id", deviceId);
            JsonObject appIds = given.getJsonObject("application_ids");
            if (!pathDevice.equals(deviceId) || (appIds != null && !appIds.getString("application_id", appId).equals(appId))) {
                throw IdentityException.invalid("end_device.ids", "must match the application and device in the path");
            }
            for (String eui : new String[] {"dev_eui", "join_eui", "dev_addr"}) {
                if (given.get(eui) instanceof JsonString s && !s.getString().isEmpty()) {
                    int digits = eui.equals("dev_addr") ? 8 : 16;
                    if (!s.getString().matches("[0-9A-Fa-f]{" + digits + "}")) {
                        throw IdentityException.invalid("end_device.ids." + eui, "must be " + digits + " hexadecimal digits");
                    }
                    b.add(eui, s.getString().toUpperCase(Locale.ROOT));
                }
            }
        }
        b.add("device_id", deviceId);
        b.add("application_ids", Jsonp.createObjectBuilder().add("application_id", appId));
        return b.build();
    }

    private static void requireOwnField(Component c, String field) {
        if (!c.fields().contains(field)) {
            throw IdentityException.invalid("end_device." + field, "is not a field of the "
                    + c.name() + " registry (" + String.join(", ", c.fields().stream().sorted().toList()) + ")");
        }
    }

    private static String topLevel(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    private static boolean containsKey(JsonObject o, Set<String> keyNames) {
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            if (e.getValue() instanceof JsonObject child
                    && ((keyNames.contains(e.getKey()) && child.containsKey("key")) || containsKey(child, keyNames))) {
                return true;
            }
        }
        return false;
    }

    private static IdentityException notFound(String appId, String deviceId) {
        return new IdentityException(ErrorKind.NOT_FOUND, "end_device_not_found", "end device `{id}` not found",
                Map.of("id", appId + "." + deviceId));
    }
}
