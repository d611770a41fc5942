package io.longwave.network.downlink;

/**
 * One transmission opportunity: the gateway, the radio fields of the {@code txpk}, and when.
 *
 * @param timestamp      concentrator time to send at (unsigned 32 bits), or -1 for immediate (class C)
 * @param atNanos        the same moment on this server's {@link System#nanoTime()} clock
 * @param rxDelaySeconds the class A receive delay this window follows (RX2 opens one second later), 0 for class C
 * @param xtime          Basics Station: the uplink's {@code xtime} the station adds the delay to, 0 when none
 * @param rctx           Basics Station: the uplink's receive context, 0 when none
 */
public record TxWindow(String gatewayId, String gatewayEui, String protocol, long timestamp, long atNanos,
                       long frequencyHz, int dataRate, String datr, String codr, int powerDbm, String name,
                       int rxDelaySeconds, long xtime, long rctx) {

    /** A window without a station context. */
    public TxWindow(String gatewayId, String gatewayEui, String protocol, long timestamp, long atNanos,
                    long frequencyHz, int dataRate, String datr, String codr, int powerDbm, String name) {
        this(gatewayId, gatewayEui, protocol, timestamp, atNanos, frequencyHz, dataRate, datr, codr, powerDbm, name, 0, 0, 0);
    }

    public boolean rx2() {
        return "RX2".equals(name);
    }
}
