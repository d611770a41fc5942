package io.longwave.network.mac;

/** One uplink as ADR sees it: best SNR over all gateways that received it. */
public record AdrRecord(long fCnt, double maxSnr, int dataRate, int txPower, int gatewayCount) {
}
