package io.longwave.gateway.udp;

import java.time.Instant;

/**
 * One {@code rxpk} of a PUSH_DATA: a frame the concentrator received, with its radio metadata.
 *
 * @param tmst       concentrator counter in microseconds (unsigned 32 bits, wraps every ~71 minutes)
 * @param time       the gateway's UTC time of reception when it has one, else null
 * @param dataRate   Semtech {@code datr}: {@code SF7BW125} for LoRa, bits/s for FSK
 */
public record RxPacket(long tmst, Instant time, long frequencyHz, int channel, int rfChain, String modulation,
                       String dataRate, String codingRate, double rssi, double snr, byte[] payload) {
}
