package io.longwave.network.mac;

import java.time.Instant;

/** The last DevStatusAns: battery 0 external, 1..254 level, 255 unknown; margin in dB (-32..31). */
public record DevStatus(int battery, int margin, Instant receivedAt, long fCnt) {
}
