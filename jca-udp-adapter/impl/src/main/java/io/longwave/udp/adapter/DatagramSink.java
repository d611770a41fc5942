package io.longwave.udp.adapter;

import io.longwave.udp.api.Datagram;
import java.util.List;

/** Where a delivery thread hands a datagram; in the server that is an MDB endpoint, in tests a plain object. */
interface DatagramSink {

    /** Delivers datagrams in arrival order; an exception means this sink is unusable and a fresh one is needed. */
    void deliver(List<Datagram> datagrams) throws Exception;

    /** Gives the sink back (releases the message endpoint). */
    void release();

    interface Factory {
        DatagramSink create() throws Exception;
    }
}
