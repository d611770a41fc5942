package io.longwave.cli.sim;

/** Where a downlink a gateway would transmit goes. */
public interface DownlinkRouter {
    /** A downlink the gateway accepted in time, for the device whose uplink it reported earlier. */
    void downlink(GatewayLink gateway, ReceivedDownlink downlink);
}
