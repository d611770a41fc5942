package io.longwave.lorawan.plan;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.region.Rx2Parameters;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatewayLayoutValidationTest {

    private static FrequencyPlan plan(String band, long channelHz, int radio, Optional<SingleRateChannel> standard,
            Optional<SingleRateChannel> fsk) {
        return new FrequencyPlan("TEST", band, List.of(new PlanChannel(channelHz, 0, 5, radio)),
                new Rx2Parameters(869_525_000L, 0), List.of(867_500_000L, 868_500_000L), standard, fsk, 16.0);
    }

    // 125 kHz channels may sit at most 400 kHz from their radio centre.
    @ParameterizedTest(name = "{1} Hz on radio {2}")
    @CsvSource({"EU_863_870, 867000000, 0", "EU_863_870, 869000000, 1", "EU_863_870, 867500000, 2",
        "EU_863_870, 867500000, -1", "NOT_A_BAND, 867500000, 0"})
    void refusesChannelsOutsideTheirRadio(String band, long hz, int radio) {
        assertThrows(LorawanException.class, () -> plan(band, hz, radio, Optional.empty(), Optional.empty())
                .gatewayLayout());
    }

    // A 250 kHz standard channel may sit at most 375 kHz away; DR7 is FSK, not LoRa.
    @ParameterizedTest(name = "standard {0} Hz DR{1}")
    @CsvSource({"868900000, 6", "868300000, 7", "868300000, 12"})
    void refusesBadStandardChannel(long hz, int dr) {
        assertThrows(LorawanException.class, () -> plan("EU_863_870", 868_100_000L, 1,
                Optional.of(new SingleRateChannel(hz, dr, 1)), Optional.empty()).gatewayLayout());
    }

    @ParameterizedTest(name = "FSK {0} Hz DR{1}")
    @CsvSource({"869000000, 7", "868800000, 6"})
    void refusesBadFskChannel(long hz, int dr) {
        assertThrows(LorawanException.class, () -> plan("EU_863_870", 868_100_000L, 1, Optional.empty(),
                Optional.of(new SingleRateChannel(hz, dr, 1))).gatewayLayout());
    }
}
