package io.longwave.cli.sim;

import java.util.concurrent.atomic.LongAdder;

/** The counters of one gateway protocol, so that the report sets UDP and Basics Station side by side. */
public final class ProtocolCounters {
    /** Frames the gateways of this protocol reported (one uplink heard by three gateways: three). */
    public final LongAdder uplinks = new LongAdder();
    public final LongAdder sendFailures = new LongAdder();
    public final LongAdder downlinksReceived = new LongAdder();
    public final LongAdder rx1 = new LongAdder();
    public final LongAdder rx2 = new LongAdder();
    public final LongAdder immediate = new LongAdder();
    public final LongAdder tooLate = new LongAdder();
    /** Basics Station: downlinks whose RX1 had passed when they came, sent in RX2 instead. */
    public final LongAdder rx1Missed = new LongAdder();
    public final LongRecorder leadMicros = new LongRecorder();
    public final LongRecorder joinLeadMicros = new LongRecorder();
    /**
     * Basics Station: arrival of a dnmsg minus its MuxTime (the server's clock when it wrote it; same
     * machine, same clock), to tell a late dnmsg that was late on the way from one the server sent late.
     */
    public final LongRecorder transitMicros = new LongRecorder();
    /** Basics Station: from handing a message to the websocket until it was written. */
    public final LongRecorder sendDelayMicros = new LongRecorder();
}
