package io.longwave.lorawan.region;

/** A radio channel a device may use, with the data-rate range allowed on it. */
public record Channel(long frequencyHz, int minDataRate, int maxDataRate) {
}
