package io.longwave.network.mac;

import io.longwave.lorawan.mac.MacCommand;
import java.time.Instant;

/** A request sent in the downlink after uplink {@code fCnt}, awaiting its answer. */
public record PendingRequest(MacCommand command, long fCnt, Instant sentAt) {
}
