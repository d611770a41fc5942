package io.longwave.lorawan.plan;

import io.longwave.lorawan.region.Rx2Parameters;
import java.util.List;
import java.util.Optional;

/**
 * EU863-870 plans of TheThingsNetwork/lorawan-frequency-plans. Radio centres 867.5 / 868.5 MHz are
 * the Semtech reference EU868 gateway layout these plans are written for.
 */
final class EuPlans {

    private static final String BAND = "EU_863_870";
    private static final List<Long> RADIOS = List.of(867_500_000L, 868_500_000L);
    private static final Optional<SingleRateChannel> STANDARD =
            Optional.of(new SingleRateChannel(868_300_000L, 6, 1));
    private static final Optional<SingleRateChannel> FSK = Optional.of(new SingleRateChannel(868_800_000L, 7, 1));
    private static final double MAX_EIRP = 16.0;

    private EuPlans() {
    }

    static FrequencyPlan eu868() {
        return new FrequencyPlan("EU_863_870", BAND, eightChannels(), new Rx2Parameters(869_525_000L, 0), RADIOS,
                STANDARD, FSK, MAX_EIRP);
    }

    /** The TTN community plan: same channels, RX2 at SF9 (DR3). */
    static FrequencyPlan eu868Ttn() {
        return new FrequencyPlan("EU_863_870_TTN", BAND, eightChannels(), new Rx2Parameters(869_525_000L, 3), RADIOS,
                STANDARD, FSK, MAX_EIRP);
    }

    /** Six channels shared by operators for passive roaming; other settings from EU_863_870. */
    static FrequencyPlan roamingDraft() {
        List<PlanChannel> channels = List.of(
                new PlanChannel(868_100_000L, 0, 5, 1), new PlanChannel(868_300_000L, 0, 5, 1),
                new PlanChannel(868_500_000L, 0, 5, 1), new PlanChannel(867_100_000L, 0, 5, 0),
                new PlanChannel(867_300_000L, 0, 5, 0), new PlanChannel(867_900_000L, 0, 5, 0));
        return new FrequencyPlan("EU_863_870_ROAMING_DRAFT", BAND, channels, new Rx2Parameters(869_525_000L, 0),
                RADIOS, STANDARD, FSK, MAX_EIRP);
    }

    private static List<PlanChannel> eightChannels() {
        return List.of(
                new PlanChannel(868_100_000L, 0, 5, 1), new PlanChannel(868_300_000L, 0, 5, 1),
                new PlanChannel(868_500_000L, 0, 5, 1), new PlanChannel(867_100_000L, 0, 5, 0),
                new PlanChannel(867_300_000L, 0, 5, 0), new PlanChannel(867_500_000L, 0, 5, 0),
                new PlanChannel(867_700_000L, 0, 5, 0), new PlanChannel(867_900_000L, 0, 5, 0));
    }
}
