package io.longwave.network;

import java.util.List;

/**
 * An uplink after the dedup window: one PHYPayload, the metadata of every gateway that heard it
 * (on any node), and the settings of the first copy.
 */
public record DeduplicatedUplink(byte[] phyPayload, List<RxMetadata> metadata, UplinkSettings settings,
                                 String frequencyPlanId, long firstReceivedNanos) {
}
