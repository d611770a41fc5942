package io.longwave.lorawan.region;

/** Frequency and data rate of the second receive window. */
public record Rx2Parameters(long frequencyHz, int dataRate) {
}
