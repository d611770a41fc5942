package io.longwave.lorawan.plan;

/** An uplink channel of a frequency plan and the gateway radio (0 or 1) that receives it. */
public record PlanChannel(long frequencyHz, int minDataRate, int maxDataRate, int radio) {
}
