package io.longwave.gateway.udp;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * The JSON body of a PUSH_DATA: the good packets, how many were refused and why, and the
 * gateway's {@code stat} object when present.
 */
public record PushData(List<RxPacket> packets, int crcFailed, int malformed, int oversized, JsonObject stat) {
}
