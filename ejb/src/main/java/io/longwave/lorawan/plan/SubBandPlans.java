package io.longwave.lorawan.plan;

import io.longwave.lorawan.region.Rx2Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * US915 and AU915 FSB 1..8 plans: eight 125 kHz channels of one sub-band (four per radio) plus its
 * 500 kHz channel as the LoRa standard channel. In every TTS plan file radio 0 sits 400 kHz and
 * radio 1 1.1 MHz above the sub-band's first channel, and the 500 kHz channel 700 kHz above it.
 */
final class SubBandPlans {

    static final int SUB_BANDS = 8;
    private static final long SUB_BAND_STEP_HZ = 1_600_000L;
    private static final long CHANNEL_STEP_HZ = 200_000L;
    private static final long RADIO_0_OFFSET_HZ = 400_000L;
    private static final long RADIO_1_OFFSET_HZ = 1_100_000L;
    private static final long WIDE_CHANNEL_OFFSET_HZ = 700_000L;
    // The plans name the 500 kHz SF8 standard channel by its downlink DR index (DR12 = SF8BW500).
    private static final int STANDARD_DR = 12;
    private static final Rx2Parameters RX2 = new Rx2Parameters(923_300_000L, 8);

    private SubBandPlans() {
    }

    static FrequencyPlan us915(int fsb) {
        return plan("US_902_928_FSB_" + fsb, "US_902_928", 902_300_000L, fsb, 3);
    }

    static FrequencyPlan au915(int fsb) {
        return plan("AU_915_928_FSB_" + fsb, "AU_915_928", 915_200_000L, fsb, 5);
    }

    private static FrequencyPlan plan(String id, String band, long firstChannelHz, int fsb, int maxDr) {
        long base = firstChannelHz + SUB_BAND_STEP_HZ * (fsb - 1);
        List<PlanChannel> channels = new ArrayList<>(8);
        for (int i = 0; i < 8; i++) {
            channels.add(new PlanChannel(base + CHANNEL_STEP_HZ * i, 0, maxDr, i < 4 ? 0 : 1));
        }
        return new FrequencyPlan(id, band, channels, RX2,
                List.of(base + RADIO_0_OFFSET_HZ, base + RADIO_1_OFFSET_HZ),
                Optional.of(new SingleRateChannel(base + WIDE_CHANNEL_OFFSET_HZ, STANDARD_DR, 0)),
                Optional.empty(), 30.0);
    }
}
