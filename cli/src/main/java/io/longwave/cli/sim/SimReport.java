package io.longwave.cli.sim;

import io.longwave.cli.api.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The outcome of a run; every kind of loss is a counter of its own. */
public record SimReport(long uplinksSent, double measuredSeconds, long eventsReceived, long uplinkEventsMatched,
                        Percentiles latencyMicros, Percentiles rxMetadata, long joinsSucceeded, long downlinksReceived,
                        long appDownlinksReceived, long downlinksPushed, long macAnswersSent, Percentiles leadMicros,
                        Percentiles joinLeadMicros, long rx1Downlinks, long rx2Downlinks, Map<Integer, Integer> dataRates,
                        Map<Protocol, ProtocolFigures> protocols, Losses losses, Map<String, Long> other) {

    /**
     * The figures of the gateways of one protocol.
     *
     * @param uplinksReported frames its gateways reported (an uplink heard by two of them counts twice)
     * @param sendFailures    frames that never left (no socket, a refused websocket send)
     * @param leadMicros      the first window asked for minus when the gateway got the downlink
     */
    public record ProtocolFigures(int gateways, long uplinksReported, long sendFailures, long downlinksReceived,
                                  Percentiles leadMicros, long rx1, long rx2, long immediate, long tooLate,
                                  long rx1Missed, Percentiles joinLeadMicros, Percentiles transitMicros,
                                  Percentiles sendDelayMicros) {

        JsonObject toJson() {
            return Jsons.PROVIDER.createObjectBuilder()
                    .add("gateways", gateways)
                    .add("uplinks_reported", uplinksReported)
                    .add("send_failures", sendFailures)
                    .add("downlinks_received", downlinksReceived)
                    .add("downlink_lead_ms", Jsons.PROVIDER.createObjectBuilder()
                            .add("count", leadMicros.count()).add("p1", ms(leadMicros.p1()))
                            .add("p50", ms(leadMicros.p50())).add("rx1", rx1).add("rx2", rx2))
                    .add("immediate_downlinks", immediate)
                    .add("downlinks_too_late", tooLate)
                    .add("rx1_missed_sent_in_rx2", rx1Missed)
                    .add("join_accept_lead_ms", Jsons.PROVIDER.createObjectBuilder()
                            .add("count", joinLeadMicros.count()).add("p1", ms(joinLeadMicros.p1()))
                            .add("p50", ms(joinLeadMicros.p50())))
                    .add("dnmsg_transit_ms", Jsons.PROVIDER.createObjectBuilder()
                            .add("count", transitMicros.count()).add("p50", ms(transitMicros.p50()))
                            .add("p99", ms(transitMicros.p99())).add("max", ms(transitMicros.max())))
                    .add("send_delay_ms", Jsons.PROVIDER.createObjectBuilder()
                            .add("count", sendDelayMicros.count()).add("p50", ms(sendDelayMicros.p50()))
                            .add("p99", ms(sendDelayMicros.p99())).add("max", ms(sendDelayMicros.max())))
                    .build();
        }
    }

    /** The counters that make {@code --fail-on-loss} fail. */
    public record Losses(long missingPushAck, long missingPullAck, long uplinksWithoutEvent, long joinsFailed,
                         long downlinksBadMic, long downlinksTooLate, long duplicateEvents, long stationSendFailures,
                         long stationDisconnects) {
        public long total() {
            return missingPushAck + missingPullAck + uplinksWithoutEvent + joinsFailed + downlinksBadMic
                    + downlinksTooLate + duplicateEvents + stationSendFailures + stationDisconnects;
        }

        JsonObject toJson() {
            return Jsons.PROVIDER.createObjectBuilder()
                    .add("missing_push_ack", missingPushAck)
                    .add("missing_pull_ack", missingPullAck)
                    .add("uplinks_without_event", uplinksWithoutEvent)
                    .add("joins_failed", joinsFailed)
                    .add("downlinks_bad_mic", downlinksBadMic)
                    .add("downlinks_too_late", downlinksTooLate)
                    .add("duplicate_events", duplicateEvents)
                    .add("station_send_failures", stationSendFailures)
                    .add("station_disconnects", stationDisconnects)
                    .add("total", total())
                    .build();
        }
    }

    public double uplinksPerSecond() {
        return measuredSeconds > 0 ? uplinksSent / measuredSeconds : 0;
    }

    public JsonObject toJson() {
        JsonObjectBuilder rates = Jsons.PROVIDER.createObjectBuilder();
        new TreeMap<>(dataRates).forEach((dr, n) -> rates.add("DR" + dr, n));
        JsonObjectBuilder more = Jsons.PROVIDER.createObjectBuilder();
        new TreeMap<>(other).forEach(more::add);
        JsonObjectBuilder byProtocol = Jsons.PROVIDER.createObjectBuilder();
        protocols.forEach((p, f) -> byProtocol.add(p.label, f.toJson()));
        return Jsons.PROVIDER.createObjectBuilder()
                .add("uplinks_sent", uplinksSent)
                .add("measured_seconds", round(measuredSeconds, 3))
                .add("uplinks_per_second", round(uplinksPerSecond(), 1))
                .add("events_received", eventsReceived)
                .add("uplink_events_matched", uplinkEventsMatched)
                .add("latency_ms", Jsons.PROVIDER.createObjectBuilder()
                        .add("p50", ms(latencyMicros.p50())).add("p90", ms(latencyMicros.p90()))
                        .add("p99", ms(latencyMicros.p99())).add("max", ms(latencyMicros.max())))
                .add("rx_metadata", Jsons.PROVIDER.createObjectBuilder()
                        .add("min", rxMetadata.min()).add("avg", round(rxMetadata.avg(), 2)))
                .add("joins", joinsSucceeded)
                .add("downlinks_received", downlinksReceived)
                .add("application_downlinks_received", appDownlinksReceived)
                .add("downlinks_pushed", downlinksPushed)
                .add("mac_answers_sent", macAnswersSent)
                .add("downlink_lead_ms", Jsons.PROVIDER.createObjectBuilder()
                        .add("count", leadMicros.count()).add("p1", ms(leadMicros.p1())).add("p50", ms(leadMicros.p50()))
                        .add("rx1", rx1Downlinks).add("rx2", rx2Downlinks))
                .add("join_accept_lead_ms", Jsons.PROVIDER.createObjectBuilder()
                        .add("count", joinLeadMicros.count()).add("p1", ms(joinLeadMicros.p1()))
                        .add("p50", ms(joinLeadMicros.p50())))
                .add("protocols", byProtocol)
                .add("data_rates", rates)
                .add("losses", losses.toJson())
                .add("other", more)
                .build();
    }

    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "uplinks sent          %d in %.1f s (%.1f/s)%n", uplinksSent, measuredSeconds,
                uplinksPerSecond());
        out.printf(Locale.ROOT, "events received       %d (%d uplinks matched)%n", eventsReceived, uplinkEventsMatched);
        out.printf(Locale.ROOT, "uplink->event ms      p50 %s  p90 %s  p99 %s  max %s%n", ms(latencyMicros.p50()),
                ms(latencyMicros.p90()), ms(latencyMicros.p99()), ms(latencyMicros.max()));
        out.printf(Locale.ROOT, "rx_metadata/uplink    min %d  avg %.2f%n", rxMetadata.min(), rxMetadata.avg());
        out.printf(Locale.ROOT, "joins                 %d%n", joinsSucceeded);
        out.printf(Locale.ROOT, "downlinks received    %d (application %d, pushed %d), MAC answers sent %d%n",
                downlinksReceived, appDownlinksReceived, downlinksPushed, macAnswersSent);
        out.printf(Locale.ROOT, "downlink lead ms      p1 %s  p50 %s  (%d downlinks: RX1 %d, RX2 %d)%n",
                ms(leadMicros.p1()), ms(leadMicros.p50()), leadMicros.count(), rx1Downlinks, rx2Downlinks);
        out.printf(Locale.ROOT, "join-accept lead ms   p1 %s  p50 %s  (%d)%n", ms(joinLeadMicros.p1()),
                ms(joinLeadMicros.p50()), joinLeadMicros.count());
        protocols.forEach((p, f) -> {
            out.printf(Locale.ROOT, "%-13s         %d gateways, %d uplinks reported, %d downlinks received%n", p.label,
                    f.gateways(), f.uplinksReported(), f.downlinksReceived());
            out.printf(Locale.ROOT, "  downlink lead ms    p1 %s  p50 %s  (%d: RX1 %d, RX2 %d; immediate %d; too late %d)%n",
                    ms(f.leadMicros().p1()), ms(f.leadMicros().p50()), f.leadMicros().count(), f.rx1(), f.rx2(),
                    f.immediate(), f.tooLate());
            out.printf(Locale.ROOT, "  join-accept lead ms p1 %s  p50 %s  (%d)%n", ms(f.joinLeadMicros().p1()),
                    ms(f.joinLeadMicros().p50()), f.joinLeadMicros().count());
            if (f.transitMicros().count() > 0) {
                out.printf(Locale.ROOT, "  dnmsg transit ms    p50 %s  p99 %s  max %s (arrival - MuxTime; RX1 missed,"
                                + " sent in RX2: %d)%n", ms(f.transitMicros().p50()), ms(f.transitMicros().p99()),
                        ms(f.transitMicros().max()), f.rx1Missed());
            }
            if (f.sendDelayMicros().count() > 0) {
                out.printf(Locale.ROOT, "  send delay ms       p50 %s  p99 %s  max %s (queued to written)%n",
                        ms(f.sendDelayMicros().p50()), ms(f.sendDelayMicros().p99()), ms(f.sendDelayMicros().max()));
            }
        });
        out.printf(Locale.ROOT, "data rates at the end %s%n", new TreeMap<>(dataRates));
        out.println("losses");
        out.printf(Locale.ROOT, "  missing PUSH_ACK        %d%n", losses.missingPushAck());
        out.printf(Locale.ROOT, "  missing PULL_ACK        %d%n", losses.missingPullAck());
        out.printf(Locale.ROOT, "  uplinks without event   %d%n", losses.uplinksWithoutEvent());
        out.printf(Locale.ROOT, "  joins failed            %d%n", losses.joinsFailed());
        out.printf(Locale.ROOT, "  downlinks with bad MIC  %d%n", losses.downlinksBadMic());
        out.printf(Locale.ROOT, "  downlinks too late      %d%n", losses.downlinksTooLate());
        out.printf(Locale.ROOT, "  duplicate events        %d%n", losses.duplicateEvents());
        if (protocols.containsKey(Protocol.BASIC_STATION)) {
            out.printf(Locale.ROOT, "  station send failures   %d%n", losses.stationSendFailures());
            out.printf(Locale.ROOT, "  station disconnects     %d%n", losses.stationDisconnects());
        }
        other.entrySet().stream().filter(e -> e.getValue() != 0).sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.printf(Locale.ROOT, "  (%s %d)%n", e.getKey(), e.getValue()));
        out.flush();
    }

    private static BigDecimal ms(long micros) {
        return BigDecimal.valueOf(micros).movePointLeft(3).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }
}
