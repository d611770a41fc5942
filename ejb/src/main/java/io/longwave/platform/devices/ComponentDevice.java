package io.longwave.platform.devices;

import jakarta.json.JsonObject;

/** One registry's document of an end device, its keys wrapped. */
public record ComponentDevice(Component component, String applicationId, String deviceId, String devEui,
                              String joinEui, JsonObject document) {

    public String reference() {
        return applicationId + "/" + deviceId;
    }
}
