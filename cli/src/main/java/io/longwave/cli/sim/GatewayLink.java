package io.longwave.cli.sim;

import java.io.IOException;

/**
 * One simulated gateway as the load runner drives it, whatever protocol it speaks: it reports the
 * frames it hears, keeps its link alive and hands the downlinks it would transmit to a {@link DownlinkRouter}.
 */
public interface GatewayLink extends AutoCloseable {

    int index();

    long eui();

    Protocol protocol();

    /** Starts receiving; a link that must connect first (Basics Station) has done so in its factory. */
    void start();

    /** Whether the server acknowledged the link (PULL_ACK, router_config). */
    boolean ready();

    /**
     * Reports one frame the gateway heard.
     *
     * @return the gateway's timestamp of the reception (tmst or xtime), for the downlink windows
     */
    long receive(Uplink up, String utcTime, int rssi, double snr) throws IOException;

    /** Expects a join-accept answering a join-request the gateway reported at {@code timestamp}. */
    void expectJoinAccept(long timestamp, SimDevice device);

    void forgetJoinWindows(SimDevice device);

    /** PULL_DATA keep-alive; nothing where the server keeps the link alive itself. */
    void keepAlive() throws IOException;

    /** A status report; nothing where the protocol has none. */
    void stat() throws IOException;

    /** Counts acknowledgements older than the timeout (all at the end of a run) as missing. */
    void sweep(long nowNanos, boolean all);

    String describe();

    @Override
    void close();
}
