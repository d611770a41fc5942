package io.longwave.lorawan.region;

/**
 * One row of a region's data-rate table.
 *
 * @param index DR index as carried in LinkADRReq and the like
 * @param modulation LoRa, FSK or LR-FHSS
 * @param spreadingFactor LoRa spreading factor, 0 otherwise
 * @param bandwidthHz LoRa bandwidth, or LR-FHSS occupied channel width; 0 for FSK
 * @param bitRate FSK bit rate in bit/s, 0 otherwise
 * @param codingRate LR-FHSS coding rate ("1/3", "2/3"), LoRa is always "4/5" in LoRaWAN
 * @param uplink whether devices may transmit with it
 * @param downlink whether the network may transmit with it
 */
public record DataRate(int index, Modulation modulation, int spreadingFactor, int bandwidthHz, int bitRate,
        String codingRate, boolean uplink, boolean downlink) {

    static DataRate lora(int index, int spreadingFactor, int bandwidthHz) {
        return new DataRate(index, Modulation.LORA, spreadingFactor, bandwidthHz, 0, "4/5", true, true);
    }

    static DataRate fsk(int index, int bitRate) {
        return new DataRate(index, Modulation.FSK, 0, 0, bitRate, "", true, true);
    }

    static DataRate lrFhss(int index, int occupiedWidthHz, String codingRate) {
        return new DataRate(index, Modulation.LR_FHSS, 0, occupiedWidthHz, 0, codingRate, true, false);
    }

    DataRate uplinkOnly() {
        return new DataRate(index, modulation, spreadingFactor, bandwidthHz, bitRate, codingRate, true, false);
    }

    DataRate downlinkOnly() {
        return new DataRate(index, modulation, spreadingFactor, bandwidthHz, bitRate, codingRate, false, true);
    }

    /** Semtech "datr" form of a LoRa rate, e.g. "SF9BW125"; empty for other modulations. */
    public String loraDatr() {
        return modulation == Modulation.LORA ? "SF" + spreadingFactor + "BW" + bandwidthHz / 1000 : "";
    }
}
