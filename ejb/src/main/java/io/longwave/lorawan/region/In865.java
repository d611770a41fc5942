package io.longwave.lorawan.region;

import java.util.ArrayList;
import java.util.List;

/** IN865-867 (RP002-1.0.3 section 2.13); DR6 is RFU, DR7 is FSK. */
final class In865 {

    static final String ID = "IN_865_867";

    private In865() {
    }

    static Band band() {
        List<DataRate> rates = new ArrayList<>(CommonDataRates.loraOnly());
        rates.add(DataRate.fsk(7, 50_000));
        // Offsets 6 and 7 mean -1 and -2; capped at DR5 because DR6 is RFU (as RP 1.0.x tables do).
        BandTables tables = new BandTables(ID, rates, PayloadTable.of(59, 59, 59, 123, 250, 250, 0, 250),
                new Rx1OffsetClamp(7, 7, 0, 0, 5), new Rx2Parameters(866_550_000L, 2), 10, 30.0,
                BeaconPlan.fixed(4, 866_550_000L, 866_550_000L), List.of());
        return new DynamicChannelBand(tables, List.of(
                new Channel(865_062_500L, 0, 5), new Channel(865_402_500L, 0, 5), new Channel(865_985_000L, 0, 5)));
    }
}
