package io.longwave.lorawan.region;

import java.util.List;

/** The DR0..DR7 table several regions share: SF12..SF7 at 125 kHz, SF7 at 250 kHz, FSK 50 kbps. */
final class CommonDataRates {

    private CommonDataRates() {
    }

    /** DR0..DR5 only. */
    static List<DataRate> loraOnly() {
        return List.of(
                DataRate.lora(0, 12, 125_000), DataRate.lora(1, 11, 125_000), DataRate.lora(2, 10, 125_000),
                DataRate.lora(3, 9, 125_000), DataRate.lora(4, 8, 125_000), DataRate.lora(5, 7, 125_000));
    }

    static List<DataRate> withWideAndFsk() {
        return List.of(
                DataRate.lora(0, 12, 125_000), DataRate.lora(1, 11, 125_000), DataRate.lora(2, 10, 125_000),
                DataRate.lora(3, 9, 125_000), DataRate.lora(4, 8, 125_000), DataRate.lora(5, 7, 125_000),
                DataRate.lora(6, 7, 250_000), DataRate.fsk(7, 50_000));
    }
}
