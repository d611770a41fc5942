package io.longwave.lorawan.region;

import java.util.ArrayList;
import java.util.List;

/**
 * CN470-510 with the classic 96-uplink / 48-downlink grid of RP 1.0.x and RP 1.1 (The Things Stack's
 * CN_470_510, the band its CN_470_510_FSB_* plans use), not RP002's 20/26 MHz antenna plans.
 */
final class Cn470 {

    static final String ID = "CN_470_510";

    private static final int UPLINK_CHANNELS = 96;
    private static final int DOWNLINK_CHANNELS = 48;
    private static final int BEACON_CHANNELS = 8;

    private Cn470() {
    }

    static Band band() {
        List<Channel> uplink = new ArrayList<>(UPLINK_CHANNELS);
        for (int i = 0; i < UPLINK_CHANNELS; i++) {
            uplink.add(new Channel(470_300_000L + 200_000L * i, 0, 5));
        }
        List<Channel> downlink = new ArrayList<>(DOWNLINK_CHANNELS);
        for (int i = 0; i < DOWNLINK_CHANNELS; i++) {
            downlink.add(new Channel(500_300_000L + 200_000L * i, 0, 5));
        }
        List<Long> beacon = new ArrayList<>(BEACON_CHANNELS);
        for (int i = 0; i < BEACON_CHANNELS; i++) {
            beacon.add(508_300_000L + 200_000L * i);
        }
        BandTables tables = new BandTables(ID, CommonDataRates.loraOnly(),
                PayloadTable.of(59, 59, 59, 123, 250, 250), new Rx1OffsetClamp(5, 5, 0, 0, 5),
                new Rx2Parameters(505_300_000L, 0), 7, 19.15, new BeaconPlan(2, beacon, beacon), List.of());
        return new FixedChannelBand(tables, uplink, downlink, false);
    }
}
