package io.longwave.lorawan.region;

import java.util.List;

/** US902-928 (RP002-1.0.3 section 2.5). */
final class Us915 {

    static final String ID = "US_902_928";

    private Us915() {
    }

    static Band band() {
        List<DataRate> rates = List.of(
                DataRate.lora(0, 10, 125_000).uplinkOnly(), DataRate.lora(1, 9, 125_000).uplinkOnly(),
                DataRate.lora(2, 8, 125_000).uplinkOnly(), DataRate.lora(3, 7, 125_000).uplinkOnly(),
                DataRate.lora(4, 8, 500_000).uplinkOnly(),
                DataRate.lrFhss(5, 1_523_000, "1/3"), DataRate.lrFhss(6, 1_523_000, "2/3"),
                DataRate.lora(8, 12, 500_000).downlinkOnly(), DataRate.lora(9, 11, 500_000).downlinkOnly(),
                DataRate.lora(10, 10, 500_000).downlinkOnly(), DataRate.lora(11, 9, 500_000).downlinkOnly(),
                DataRate.lora(12, 8, 500_000).downlinkOnly(), DataRate.lora(13, 7, 500_000).downlinkOnly());
        PayloadTable payloads = PayloadTable.of(19, 61, 133, 250, 250, 58, 133, 0, 61, 137, 250, 250, 250, 250)
                .withLegacy(19, 61, 133, 250, 250, 0, 0, 0, 61, 137, 250, 250, 250, 250);
        Rx1OffsetTable rx1 = new Rx1OffsetTable(
                new int[] {10, 9, 8, 8},
                new int[] {11, 10, 9, 8},
                new int[] {12, 11, 10, 9},
                new int[] {13, 12, 11, 10},
                new int[] {13, 13, 12, 11},
                new int[] {10, 9, 8, 8},
                new int[] {11, 10, 9, 8});
        List<Long> beacon = UsAuChannels.downlinkFrequencies();
        BandTables tables = new BandTables(ID, rates, payloads, rx1, new Rx2Parameters(923_300_000L, 8),
                14, 30.0, new BeaconPlan(8, beacon, beacon), List.of());
        return new FixedChannelBand(tables, UsAuChannels.uplink(902_300_000L, 3, 903_000_000L, 4, 6),
                UsAuChannels.downlink(), true);
    }
}
