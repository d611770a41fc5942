package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanException;

/** How a region derives the RX1 downlink data rate from the uplink DR and RX1DROffset. */
interface Rx1DataRateRule {

    int rx1DataRate(int uplinkDataRate, int rx1DrOffset, boolean downlinkDwellTime) throws LorawanException;
}
