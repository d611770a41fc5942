package io.longwave.network.mac;

/** The ADR parameters the network wants the device to use. */
public record AdrDecision(int dataRate, int txPower, int nbTrans) {
}
