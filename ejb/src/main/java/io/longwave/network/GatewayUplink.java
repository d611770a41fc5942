package io.longwave.network;

/**
 * One copy of an uplink as one gateway heard it, handed from the Gateway Server to the Network Server.
 *
 * @param receivedAtNanos {@link System#nanoTime()} when the datagram arrived, for latency accounting
 */
public record GatewayUplink(byte[] phyPayload, RxMetadata metadata, UplinkSettings settings, String frequencyPlanId,
                            long receivedAtNanos) {
}
