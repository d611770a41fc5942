package io.longwave.lorawan.region;

/**
 * A regulatory sub-band with its duty-cycle limit (0.01 means 1 %).
 *
 * @param name ETSI EN 300 220-2 V3.1.1 band letter
 * @param legacyName the name the LoRaWAN 1.0 specification used (g, g1..g4)
 */
public record SubBand(String name, String legacyName, long minFrequencyHz, long maxFrequencyHz, double dutyCycle) {

    public boolean contains(long frequencyHz) {
        return frequencyHz >= minFrequencyHz && frequencyHz <= maxFrequencyHz;
    }
}
