package io.longwave.lorawan.region;

import java.util.List;

/** EU863-870 (RP002-1.0.3 section 2.4). */
final class Eu868 {

    static final String ID = "EU_863_870";

    private Eu868() {
    }

    static Band band() {
        List<DataRate> rates = List.of(
                DataRate.lora(0, 12, 125_000), DataRate.lora(1, 11, 125_000), DataRate.lora(2, 10, 125_000),
                DataRate.lora(3, 9, 125_000), DataRate.lora(4, 8, 125_000), DataRate.lora(5, 7, 125_000),
                DataRate.lora(6, 7, 250_000), DataRate.fsk(7, 50_000),
                DataRate.lrFhss(8, 137_000, "1/3"), DataRate.lrFhss(9, 137_000, "2/3"),
                DataRate.lrFhss(10, 336_000, "1/3"), DataRate.lrFhss(11, 336_000, "2/3"));
        PayloadTable payloads = PayloadTable.of(59, 59, 59, 123, 250, 250, 250, 250, 58, 123, 58, 123)
                .withLegacy(59, 59, 59, 123, 230, 230, 230, 230);
        // LR-FHSS rows map onto the LoRa DR of comparable sensitivity.
        Rx1OffsetTable rx1 = new Rx1OffsetTable(
                new int[] {0, 0, 0, 0, 0, 0},
                new int[] {1, 0, 0, 0, 0, 0},
                new int[] {2, 1, 0, 0, 0, 0},
                new int[] {3, 2, 1, 0, 0, 0},
                new int[] {4, 3, 2, 1, 0, 0},
                new int[] {5, 4, 3, 2, 1, 0},
                new int[] {6, 5, 4, 3, 2, 1},
                new int[] {7, 6, 5, 4, 3, 2},
                new int[] {1, 0, 0, 0, 0, 0},
                new int[] {2, 1, 0, 0, 0, 0},
                new int[] {1, 0, 0, 0, 0, 0},
                new int[] {2, 1, 0, 0, 0, 0});
        // ETSI EN 300 220-2 V3.1.1 bands; band O (869.2-869.4) is left out as The Things Stack does.
        List<SubBand> subBands = List.of(
                new SubBand("K", "g", 863_000_000L, 865_000_000L, 0.001),
                new SubBand("L", "g", 865_000_000L, 868_000_000L, 0.01),
                new SubBand("M", "g1", 868_000_000L, 868_600_000L, 0.01),
                new SubBand("N", "g2", 868_700_000L, 869_200_000L, 0.001),
                new SubBand("P", "g3", 869_400_000L, 869_650_000L, 0.1),
                new SubBand("R", "g4", 869_700_000L, 870_000_000L, 0.01));
        BandTables tables = new BandTables(ID, rates, payloads, rx1, new Rx2Parameters(869_525_000L, 0),
                7, 16.0, BeaconPlan.fixed(3, 869_525_000L, 869_525_000L), subBands);
        return new DynamicChannelBand(tables, List.of(
                new Channel(868_100_000L, 0, 5), new Channel(868_300_000L, 0, 5), new Channel(868_500_000L, 0, 5)));
    }
}
