package io.longwave.network;

/**
 * Radio settings of an uplink as received: frequency, the band's data rate index, and the
 * Semtech-style strings The Things Stack reports in {@code settings}.
 */
public record UplinkSettings(long frequencyHz, int dataRateIndex, int spreadingFactor, int bandwidthHz,
                             String codingRate) {
}
