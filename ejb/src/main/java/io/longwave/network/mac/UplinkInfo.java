package io.longwave.network.mac;

import java.time.Instant;

/** What the engine needs to know about the uplink being processed, aggregated over all gateways. */
public record UplinkInfo(long fCnt, int dataRate, long frequencyHz, boolean adr, boolean adrAckReq,
        boolean confirmed, double maxSnr, double maxRssi, int gatewayCount, Instant receivedAt) {
}
