package io.longwave.network.mac;

import io.longwave.lorawan.plan.FrequencyPlan;
import io.longwave.lorawan.region.Band;
import java.time.Instant;

/** Everything about the device's surroundings that the engine reads but never changes. */
public record MacContext(Band band, FrequencyPlan plan, LorawanVersion version, MacSettings settings,
        Instant now) {
}
