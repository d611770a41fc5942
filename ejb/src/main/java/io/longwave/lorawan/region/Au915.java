package io.longwave.lorawan.region;

import java.util.List;

/** AU915-928 (RP002-1.0.3 section 2.7). */
final class Au915 {

    static final String ID = "AU_915_928";

    private Au915() {
    }

    static Band band() {
        List<DataRate> rates = List.of(
                DataRate.lora(0, 12, 125_000).uplinkOnly(), DataRate.lora(1, 11, 125_000).uplinkOnly(),
                DataRate.lora(2, 10, 125_000).uplinkOnly(), DataRate.lora(3, 9, 125_000).uplinkOnly(),
                DataRate.lora(4, 8, 125_000).uplinkOnly(), DataRate.lora(5, 7, 125_000).uplinkOnly(),
                DataRate.lora(6, 8, 500_000).uplinkOnly(), DataRate.lrFhss(7, 1_523_000, "1/3"),
                DataRate.lora(8, 12, 500_000).downlinkOnly(), DataRate.lora(9, 11, 500_000).downlinkOnly(),
                DataRate.lora(10, 10, 500_000).downlinkOnly(), DataRate.lora(11, 9, 500_000).downlinkOnly(),
                DataRate.lora(12, 8, 500_000).downlinkOnly(), DataRate.lora(13, 7, 500_000).downlinkOnly());
        PayloadTable payloads = PayloadTable.of(59, 59, 59, 123, 250, 250, 250, 58, 61, 137, 250, 250, 250, 250)
                .withDwell(0, 0, 19, 61, 133, 250, 250, 58, 61, 137, 250, 250, 250, 250)
                .withLegacy(59, 59, 59, 123, 230, 230, 230, 0, 61, 137, 230, 230, 230, 230);
        Rx1OffsetTable rx1 = new Rx1OffsetTable(
                new int[] {8, 8, 8, 8, 8, 8},
                new int[] {9, 8, 8, 8, 8, 8},
                new int[] {10, 9, 8, 8, 8, 8},
                new int[] {11, 10, 9, 8, 8, 8},
                new int[] {12, 11, 10, 9, 8, 8},
                new int[] {13, 12, 11, 10, 9, 8},
                new int[] {13, 13, 12, 11, 10, 9},
                new int[] {9, 8, 8, 8, 8, 8});
        List<Long> beacon = UsAuChannels.downlinkFrequencies();
        BandTables tables = new BandTables(ID, rates, payloads, rx1, new Rx2Parameters(923_300_000L, 8),
                14, 30.0, new BeaconPlan(8, beacon, beacon), List.of());
        return new FixedChannelBand(tables, UsAuChannels.uplink(915_200_000L, 5, 915_900_000L, 6, 7),
                UsAuChannels.downlink(), true);
    }
}
