package io.longwave.platform.devices;

/**
 * Fired after a registry committed a device change; {@code device} is null when it was deleted.
 * Each component mirrors what its hot path needs into Redis from it.
 */
public record ComponentDeviceChanged(Component component, String applicationId, String deviceId, ComponentDevice device) {
}
