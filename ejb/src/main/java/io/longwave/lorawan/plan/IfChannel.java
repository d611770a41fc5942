package io.longwave.lorawan.plan;

/**
 * One concentrator channel as a Basics Station {@code router_config} / Semtech {@code SX1301_conf}
 * describes it: the radio it hangs off and its IF offset from that radio's centre.
 *
 * @param spreadingFactor fixed SF of a LoRa standard channel, 0 for multi-SF and FSK channels
 * @param bitRate FSK bit rate, 0 for LoRa
 */
public record IfChannel(long frequencyHz, int radio, long ifOffsetHz, int bandwidthHz, int spreadingFactor,
        int bitRate) {
}
