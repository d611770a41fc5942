package io.longwave.lorawan.region;

import java.util.List;

/** KR920-923 (RP002-1.0.3 section 2.11). */
final class Kr920 {

    static final String ID = "KR_920_923";

    private Kr920() {
    }

    static Band band() {
        BandTables tables = new BandTables(ID, CommonDataRates.loraOnly(),
                PayloadTable.of(59, 59, 59, 123, 250, 250), new Rx1OffsetClamp(5, 5, 0, 0, 5),
                new Rx2Parameters(921_900_000L, 0), 7, 14.0, BeaconPlan.fixed(3, 923_100_000L, 923_100_000L),
                List.of());
        return new DynamicChannelBand(tables, List.of(
                new Channel(922_100_000L, 0, 5), new Channel(922_300_000L, 0, 5), new Channel(922_500_000L, 0, 5)));
    }
}
