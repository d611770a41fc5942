package io.longwave.cli.entity.devices;

import io.longwave.cli.api.ApiRequest;
import io.longwave.cli.api.Jsons;
import io.longwave.cli.command.EntityKind;
import io.longwave.cli.command.MaskedObject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/** The end device calls (Identity Server part), under their application. */
final class DeviceRequests {

    private DeviceRequests() {
    }

    static String devices(String applicationId) {
        return EntityKind.APPLICATION.path(applicationId) + "/devices";
    }

    static String device(String applicationId, String deviceId) {
        return devices(applicationId) + "/" + ApiRequest.segment(deviceId);
    }

    static ApiRequest create(String applicationId, String deviceId, MaskedObject fields) {
        return ApiRequest.post(devices(applicationId), Jsons.PROVIDER.createObjectBuilder()
                .add("end_device", withIds(applicationId, deviceId, fields)).build());
    }

    static ApiRequest update(String applicationId, String deviceId, MaskedObject fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("nothing to update: give at least one field flag (see --help)");
        }
        return ApiRequest.put(device(applicationId, deviceId), Jsons.PROVIDER.createObjectBuilder()
                .add("end_device", withIds(applicationId, deviceId, fields))
                .add("field_mask", fields.fieldMask())
                .build());
    }

    static ApiRequest get(String applicationId, String deviceId, List<String> fields) {
        return ApiRequest.get(device(applicationId, deviceId)).withQuery(fields.isEmpty() ? Map.of() : Map.of("field_mask", String.join(",", fields)));
    }

    static ApiRequest list(String applicationId, Map<String, String> query) {
        return ApiRequest.get(devices(applicationId)).withQuery(query);
    }

    static ApiRequest delete(String applicationId, String deviceId) {
        return ApiRequest.delete(device(applicationId, deviceId));
    }

    private static JsonObject withIds(String applicationId, String deviceId, MaskedObject fields) {
        JsonObject given = fields.object();
        JsonObjectBuilder ids = Jsons.PROVIDER.createObjectBuilder()
                .add("device_id", deviceId)
                .add("application_ids", Jsons.PROVIDER.createObjectBuilder().add("application_id", applicationId));
        // EUIs given as flags sit next to the IDs.
        if (given.get("ids") instanceof JsonObject more) {
            more.forEach(ids::add);
        }
        JsonObjectBuilder device = Jsons.PROVIDER.createObjectBuilder().add("ids", ids);
        given.forEach((k, v) -> {
            if (!"ids".equals(k)) {
                device.add(k, v);
            }
        });
        return device.build();
    }
}
