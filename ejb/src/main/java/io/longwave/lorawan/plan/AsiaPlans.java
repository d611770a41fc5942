package io.longwave.lorawan.plan;

import io.longwave.lorawan.region.Rx2Parameters;
import java.util.List;
import java.util.Optional;

/** AS923 group 1, KR920, IN865 and CN470 plans of TheThingsNetwork/lorawan-frequency-plans. */
final class AsiaPlans {

    private static final Rx2Parameters AS923_RX2 = new Rx2Parameters(923_200_000L, 2);

    private AsiaPlans() {
    }

    static FrequencyPlan as920923() {
        List<PlanChannel> channels = List.of(
                new PlanChannel(923_200_000L, 0, 5, 0), new PlanChannel(923_400_000L, 0, 5, 0),
                new PlanChannel(922_200_000L, 0, 5, 1), new PlanChannel(922_400_000L, 0, 5, 1),
                new PlanChannel(922_600_000L, 0, 5, 0), new PlanChannel(922_800_000L, 0, 5, 0),
                new PlanChannel(923_000_000L, 0, 5, 0), new PlanChannel(922_000_000L, 0, 5, 1));
        return new FrequencyPlan("AS_920_923", "AS_923", channels, AS923_RX2, List.of(923_000_000L, 922_000_000L),
                Optional.of(new SingleRateChannel(922_100_000L, 6, 1)),
                Optional.of(new SingleRateChannel(921_800_000L, 7, 1)), 16.0);
    }

    static FrequencyPlan as923925() {
        return as923925("AS_923_925", 16.0);
    }

    /** AS_923_925 with the 30 dBm MaxEIRP Australia allows. */
    static FrequencyPlan as923925TtnAu() {
        return as923925("AS_923_925_TTN_AU", 30.0);
    }

    private static FrequencyPlan as923925(String id, double maxEirp) {
        List<PlanChannel> channels = List.of(
                new PlanChannel(923_200_000L, 0, 5, 0), new PlanChannel(923_400_000L, 0, 5, 0),
                new PlanChannel(923_600_000L, 0, 5, 0), new PlanChannel(923_800_000L, 0, 5, 0),
                new PlanChannel(924_000_000L, 0, 5, 0), new PlanChannel(924_200_000L, 0, 5, 1),
                new PlanChannel(924_400_000L, 0, 5, 1), new PlanChannel(924_600_000L, 0, 5, 1));
        return new FrequencyPlan(id, "AS_923", channels, AS923_RX2, List.of(923_600_000L, 924_600_000L),
                Optional.of(new SingleRateChannel(924_500_000L, 6, 1)),
                Optional.of(new SingleRateChannel(924_800_000L, 7, 1)), maxEirp);
    }

    static FrequencyPlan kr920923Ttn() {
        List<PlanChannel> channels = List.of(
                new PlanChannel(922_100_000L, 0, 5, 0), new PlanChannel(922_300_000L, 0, 5, 0),
                new PlanChannel(922_500_000L, 0, 5, 0), new PlanChannel(922_700_000L, 0, 5, 0),
                new PlanChannel(922_900_000L, 0, 5, 1), new PlanChannel(923_100_000L, 0, 5, 1),
                new PlanChannel(923_300_000L, 0, 5, 1));
        return new FrequencyPlan("KR_920_923_TTN", "KR_920_923", channels, new Rx2Parameters(921_900_000L, 0),
                List.of(922_400_000L, 923_000_000L), Optional.empty(), Optional.empty(), 14.0);
    }

    static FrequencyPlan in865867() {
        List<PlanChannel> channels = List.of(
                new PlanChannel(865_062_500L, 0, 5, 0), new PlanChannel(865_402_500L, 0, 5, 0),
                new PlanChannel(865_985_000L, 0, 5, 1));
        return new FrequencyPlan("IN_865_867", "IN_865_867", channels, new Rx2Parameters(866_550_000L, 2),
                List.of(865_200_000L, 866_385_000L), Optional.empty(), Optional.empty(), 30.0);
    }

    /** Uplink channels 80..87 of the classic CN470 grid. */
    static FrequencyPlan cn470Fsb11() {
        List<PlanChannel> channels = List.of(
                new PlanChannel(486_300_000L, 0, 5, 0), new PlanChannel(486_500_000L, 0, 5, 0),
                new PlanChannel(486_700_000L, 0, 5, 0), new PlanChannel(486_900_000L, 0, 5, 0),
                new PlanChannel(487_100_000L, 0, 5, 1), new PlanChannel(487_300_000L, 0, 5, 1),
                new PlanChannel(487_500_000L, 0, 5, 1), new PlanChannel(487_700_000L, 0, 5, 1));
        return new FrequencyPlan("CN_470_510_FSB_11", "CN_470_510", channels, new Rx2Parameters(505_300_000L, 0),
                List.of(486_600_000L, 487_400_000L), Optional.empty(), Optional.empty(), 19.15);
    }
}
