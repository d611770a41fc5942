package io.longwave.gateway.station;

/**
 * One uplink as a Basics Station reports it ({@code jreq}, {@code rejoin}, {@code updf}, {@code propdf}),
 * with the PHYPayload rebuilt from its fields.
 *
 * @param xtime    the station's 63-bit concentrator time of reception (µs in the low 48 bits)
 * @param gpstime  GPS microseconds of reception, 0 when the station has no GPS time
 * @param refTime  {@code MuxTime} of our last message plus the station's wait since, 0 when none
 */
public record StationUplink(String msgtype, byte[] phyPayload, int dataRate, long frequencyHz, long xtime, long rctx,
                            long gpstime, double rssi, double snr, double refTime) {

    /** The 32-bit microsecond timestamp a Semtech forwarder would report: the low 32 bits of xtime. */
    public long timestamp() {
        return xtime & 0xFFFF_FFFFL;
    }
}
