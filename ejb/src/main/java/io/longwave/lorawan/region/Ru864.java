package io.longwave.lorawan.region;

import java.util.List;

/** RU864-870 (RP002-1.0.3 section 2.14). */
final class Ru864 {

    static final String ID = "RU_864_870";

    private Ru864() {
    }

    static Band band() {
        BandTables tables = new BandTables(ID, CommonDataRates.withWideAndFsk(),
                PayloadTable.of(59, 59, 59, 123, 250, 250, 250, 250), new Rx1OffsetClamp(7, 5, 0, 0, 7),
                new Rx2Parameters(869_100_000L, 0), 7, 16.0, BeaconPlan.fixed(3, 869_100_000L, 868_900_000L),
                List.of());
        return new DynamicChannelBand(tables, List.of(new Channel(868_900_000L, 0, 5), new Channel(869_100_000L, 0, 5)));
    }
}
