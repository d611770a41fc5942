package io.longwave.network.mac;

import io.longwave.lorawan.region.Band;
import io.longwave.lorawan.region.CfListType;
import io.longwave.lorawan.region.DataRate;
import io.longwave.lorawan.region.Modulation;

/** The facts about a band that decide which MAC commands the engine may send. */
public final class BandFeatures {

    /** TxParamSetupReq MaxEIRP index to dBm (LoRaWAN 1.0.4 table 19). */
    private static final int[] MAX_EIRP_DBM = {8, 10, 12, 13, 14, 16, 18, 20, 21, 24, 26, 27, 29, 30, 33, 36};
    private static final int ADR_BANDWIDTH_HZ = 125_000;

    private BandFeatures() {
    }

    /** Regions with a frequency CFList let the network add channels with NewChannelReq. */
    public static boolean dynamicChannels(Band band) {
        return band.cfListType() == CfListType.FREQUENCIES;
    }

    /** Only AS923 defines TxParamSetupReq; elsewhere the device must ignore it, so it is never sent. */
    public static boolean supportsTxParamSetup(Band band) {
        return band.id().startsWith("AS_923");
    }

    /** Highest DR ADR may choose: the fastest 125 kHz LoRa uplink rate (EU868 DR5, US915 DR3). */
    public static int maxAdrDataRate(Band band) {
        int max = -1;
        for (DataRate rate : band.dataRates()) {
            if (isAdrRate(rate)) {
                max = Math.max(max, rate.index());
            }
        }
        return max;
    }

    /** Lowest DR ADR may fall back to. */
    public static int minAdrDataRate(Band band) {
        int min = Integer.MAX_VALUE;
        for (DataRate rate : band.dataRates()) {
            if (isAdrRate(rate)) {
                min = Math.min(min, rate.index());
            }
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    static boolean isAdrRate(DataRate rate) {
        return rate.uplink() && rate.modulation() == Modulation.LORA && rate.bandwidthHz() == ADR_BANDWIDTH_HZ;
    }

    /** The largest MaxEIRP index whose power does not exceed {@code dbm}; 0 below the table. */
    public static int maxEirpIndexAtMost(double dbm) {
        int index = 0;
        for (int i = 0; i < MAX_EIRP_DBM.length; i++) {
            if (MAX_EIRP_DBM[i] <= dbm) {
                index = i;
            }
        }
        return index;
    }

    public static int maxEirpDbm(int index) {
        return MAX_EIRP_DBM[index];
    }
}
