package io.longwave.udp.api;

/**
 * Counters of one inbound port since it was bound.
 *
 * @param received  datagrams read from the socket
 * @param delivered datagrams whose listener call returned normally
 * @param failed    datagrams whose listener call threw
 * @param dropped   datagrams refused because the hand-off queue was full
 * @param truncated datagrams larger than the configured maximum size (dropped, counted)
 * @param sent      datagrams sent from this port by the outbound side
 * @param queued    datagrams waiting for a delivery thread right now
 */
public record UdpPortStatistics(int port, long received, long delivered, long failed, long dropped,
                                long truncated, long sent, int queued) {
}
