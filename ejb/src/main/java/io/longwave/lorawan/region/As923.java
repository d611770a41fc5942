package io.longwave.lorawan.region;

import java.util.List;

/**
 * AS923 groups 1..4 (RP002-1.0.3 section 2.8): one table shifted down by the group's frequency
 * offset (0, 1.8, 6.6 and 5.9 MHz).
 */
final class As923 {

    static final String GROUP_1 = "AS_923";
    static final String GROUP_2 = "AS_923_2";
    static final String GROUP_3 = "AS_923_3";
    static final String GROUP_4 = "AS_923_4";

    private As923() {
    }

    static Band group1() {
        // Only group 1 existed in RP 1.0.2rB.
        return band(GROUP_1, 0, basePayloads()
                .withLegacy(59, 59, 59, 123, 250, 250, 250, 250)
                .withLegacyDwell(0, 0, 19, 61, 133, 250, 250, 250));
    }

    static Band group2() {
        return band(GROUP_2, 1_800_000L, basePayloads());
    }

    static Band group3() {
        return band(GROUP_3, 6_600_000L, basePayloads());
    }

    static Band group4() {
        return band(GROUP_4, 5_900_000L, basePayloads());
    }

    private static PayloadTable basePayloads() {
        return PayloadTable.of(59, 59, 123, 123, 250, 250, 250, 250)
                .withDwell(0, 0, 19, 61, 133, 250, 250, 250);
    }

    private static Band band(String id, long offsetHz, PayloadTable payloads) {
        List<DataRate> rates = List.of(
                DataRate.lora(0, 12, 125_000), DataRate.lora(1, 11, 125_000), DataRate.lora(2, 10, 125_000),
                DataRate.lora(3, 9, 125_000), DataRate.lora(4, 8, 125_000), DataRate.lora(5, 7, 125_000),
                DataRate.lora(6, 7, 250_000), DataRate.fsk(7, 50_000));
        // RX1 DR = MAX(MinDR, DR - Effective_RX1DROffset), MinDR = 2 with downlink dwell time; since
        // RP002 offsets 6 and 7 may lift RX1 up to DR7 (The Things Stack caps it there as well).
        Rx1OffsetClamp rx1 = new Rx1OffsetClamp(7, 7, 0, 2, 7);
        long beaconHz = 923_400_000L - offsetHz;
        BandTables tables = new BandTables(id, rates, payloads, rx1, new Rx2Parameters(923_200_000L - offsetHz, 2),
                7, 16.0, BeaconPlan.fixed(3, beaconHz, beaconHz), List.of());
        return new DynamicChannelBand(tables, List.of(
                new Channel(923_200_000L - offsetHz, 0, 5), new Channel(923_400_000L - offsetHz, 0, 5)));
    }
}
