package io.longwave.network.downlink;

/**
 * One transmission opportunity: the gateway, the radio fields of the {@code txpk}, and when.
 *
 * @param timestamp concentrator time to send at (unsigned 32 bits), or -1 for immediate (class C)
 * @param atNanos   the same moment on this server's {@link System#nanoTime()} clock
 */
public record TxWindow(String gatewayId, String gatewayEui, String protocol, long timestamp, long atNanos,
                       long frequencyHz, int dataRate, String datr, String codr, int powerDbm, String name) {
}
