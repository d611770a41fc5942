package io.longwave.network;

import java.time.Instant;

/**
 * How one gateway received an uplink (The Things Stack's {@code rx_metadata} entry).
 *
 * @param timestamp   the gateway's concentrator time in microseconds (unsigned 32 bits); downlinks are timed on it
 * @param time        the gateway's own UTC reception time, or null
 * @param protocol    {@code udp} or {@code basicstation}: how a downlink must be sent back
 * @param receivedAt  when this server received it
 */
public record RxMetadata(String gatewayId, String gatewayEui, long timestamp, Instant time, double rssi, double snr,
                         int channelIndex, int rfChain, String protocol, Instant receivedAt) {
}
