package io.longwave.lorawan.region;

import java.util.List;

/** CN779-787 (RP002-1.0.3 section 2.9). */
final class Cn779 {

    static final String ID = "CN_779_787";

    private Cn779() {
    }

    static Band band() {
        BandTables tables = new BandTables(ID, CommonDataRates.withWideAndFsk(),
                PayloadTable.of(59, 59, 59, 123, 250, 250, 250, 250), new Rx1OffsetClamp(7, 5, 0, 0, 7),
                new Rx2Parameters(786_000_000L, 0), 5, 12.15, BeaconPlan.fixed(3, 785_000_000L, 785_000_000L),
                List.of());
        return new DynamicChannelBand(tables, List.of(
                new Channel(779_500_000L, 0, 5), new Channel(779_700_000L, 0, 5), new Channel(779_900_000L, 0, 5)));
    }
}
