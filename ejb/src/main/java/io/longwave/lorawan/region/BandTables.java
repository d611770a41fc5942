package io.longwave.lorawan.region;

import java.util.List;

/** The tabulated facts every region has, whatever its channel plan. */
record BandTables(String id, List<DataRate> dataRates, PayloadTable payloads, Rx1DataRateRule rx1,
        Rx2Parameters rx2, int maxTxPowerIndex, double defaultMaxEirpDbm, BeaconPlan beacon,
        List<SubBand> subBands) {

    BandTables {
        dataRates = List.copyOf(dataRates);
        subBands = List.copyOf(subBands);
    }
}
