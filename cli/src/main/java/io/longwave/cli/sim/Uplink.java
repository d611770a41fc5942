package io.longwave.cli.sim;

/** One frame a device transmits: the PHYPayload and the radio parameters the gateways report with it. */
public record Uplink(int deviceIndex, long fCnt, boolean join, boolean confirmed, byte[] phy, int channel, int radio,
                     long frequencyHz, int dataRate, String datr, double snr) {
}
