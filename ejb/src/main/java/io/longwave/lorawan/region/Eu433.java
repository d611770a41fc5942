package io.longwave.lorawan.region;

import java.util.List;

/** EU433 (RP002-1.0.3 section 2.10). */
final class Eu433 {

    static final String ID = "EU_433";

    private Eu433() {
    }

    static Band band() {
        BandTables tables = new BandTables(ID, CommonDataRates.withWideAndFsk(),
                PayloadTable.of(59, 59, 59, 123, 250, 250, 250, 250), new Rx1OffsetClamp(7, 5, 0, 0, 7),
                new Rx2Parameters(434_665_000L, 0), 5, 12.15, BeaconPlan.fixed(3, 434_665_000L, 434_665_000L),
                List.of());
        return new DynamicChannelBand(tables, List.of(
                new Channel(433_175_000L, 0, 5), new Channel(433_375_000L, 0, 5), new Channel(433_575_000L, 0, 5)));
    }
}
