package io.longwave.network;

import java.time.Instant;

/**
 * How one gateway received an uplink (The Things Stack's {@code rx_metadata} entry).
 *
 * @param timestamp   the gateway's concentrator time in microseconds (unsigned 32 bits); downlinks are timed on it
 * @param time        the gateway's own UTC reception time, or null
 * @param protocol    {@code udp} or {@code basicstation}: how a downlink must be sent back
 * @param receivedAt  when this server received it
 * @param xtime       Basics Station only (else 0): the station's 63-bit {@code xtime}, which a class A
 *                    {@code dnmsg} must echo; {@code timestamp} is its low 32 bits
 * @param rctx        Basics Station only (else 0): the receive context to echo in the {@code dnmsg}
 */
public record RxMetadata(String gatewayId, String gatewayEui, long timestamp, Instant time, double rssi, double snr,
                         int channelIndex, int rfChain, String protocol, Instant receivedAt, long xtime, long rctx) {

    /** Metadata of a protocol without a station context (Semtech UDP). */
    public RxMetadata(String gatewayId, String gatewayEui, long timestamp, Instant time, double rssi, double snr,
                      int channelIndex, int rfChain, String protocol, Instant receivedAt) {
        this(gatewayId, gatewayEui, timestamp, time, rssi, snr, channelIndex, rfChain, protocol, receivedAt, 0, 0);
    }
}
