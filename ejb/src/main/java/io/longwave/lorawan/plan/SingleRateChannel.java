package io.longwave.lorawan.plan;

/**
 * A gateway channel demodulating one data rate only: the SX1301 "LoRa standard" channel or its FSK
 * channel. {@code dataRate} is an index into the plan's band.
 */
public record SingleRateChannel(long frequencyHz, int dataRate, int radio) {
}
