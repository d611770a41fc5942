package io.longwave.cli.sim;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** The counters of one run, shared by the scheduler, the gateways and the event reader. */
public final class SimCounters {
    public final LongAdder uplinksSent = new LongAdder();
    public final LongAdder warmupUplinks = new LongAdder();
    public final LongAdder pushData = new LongAdder();
    public final LongAdder pushAcks = new LongAdder();
    public final LongAdder missingPushAcks = new LongAdder();
    public final LongAdder pullData = new LongAdder();
    public final LongAdder pullAcks = new LongAdder();
    public final LongAdder missingPullAcks = new LongAdder();
    public final LongAdder unexpectedAcks = new LongAdder();
    public final LongAdder stats = new LongAdder();
    public final LongAdder pullResps = new LongAdder();
    public final LongAdder badDatagrams = new LongAdder();
    public final LongAdder tooLate = new LongAdder();
    public final LongAdder joinRequests = new LongAdder();
    public final LongAdder joinAccepts = new LongAdder();
    public final LongAdder joinsFailed = new LongAdder();
    public final LongAdder downlinksReceived = new LongAdder();
    public final LongAdder downlinksBadMic = new LongAdder();
    public final LongAdder downlinksOldCounter = new LongAdder();
    public final LongAdder downlinksUnrouted = new LongAdder();
    public final LongAdder rx1Downlinks = new LongAdder();
    public final LongAdder rx2Downlinks = new LongAdder();
    public final LongAdder immediateDownlinks = new LongAdder();
    public final LongAdder downlinksPushed = new LongAdder();
    public final LongAdder downlinkPushFailures = new LongAdder();
    public final LongAdder events = new LongAdder();
    public final LongAdder uplinkEvents = new LongAdder();
    public final LongAdder joinEvents = new LongAdder();
    public final LongAdder unknownUplinkEvents = new LongAdder();
    public final LongAdder duplicateEvents = new LongAdder();
    public final LongAdder badEvents = new LongAdder();
    public final LongAdder behindSchedule = new LongAdder();
    public final LongRecorder leadMicros = new LongRecorder();
    public final LongRecorder joinLeadMicros = new LongRecorder();
    public final LongAdder dnmsgs = new LongAdder();
    public final LongAdder dntxed = new LongAdder();
    public final LongAdder stationBadMessages = new LongAdder();
    public final LongAdder stationDisconnects = new LongAdder();
    private final Map<Protocol, ProtocolCounters> byProtocol = new EnumMap<>(Protocol.class);

    public SimCounters() {
        for (Protocol p : Protocol.values()) {
            byProtocol.put(p, new ProtocolCounters());
        }
    }

    public ProtocolCounters of(Protocol protocol) {
        return byProtocol.get(protocol);
    }
}
