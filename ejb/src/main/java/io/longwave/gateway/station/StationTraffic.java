package io.longwave.gateway.station;

import io.longwave.lorawan.GpsTime;
import io.longwave.gateway.GatewayEntry;
import io.longwave.gateway.GatewayStatusStore;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.plan.FrequencyPlans;
import io.longwave.network.GatewayUplink;
import io.longwave.network.UplinkDeduplicator;
import io.longwave.platform.json.Jsonp;
import io.longwave.platform.logging.RateLimitedLog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The Basics Station LNS traffic protocol ({@code /traffic/<EUI>}): the connection is authorized as
 * discovery is ({@link StationDiscovery}); {@code version} must come first and is answered with
 * {@code router_config}; uplinks enter the Network Server like UDP rxpk; {@code dntxed} acknowledges a
 * downlink; {@code timesync} is answered with GPS time. Connections are counted in
 * {@code gs_station_connections_total{result}}, refused messages in {@code gs_station_dropped_total{reason}};
 * bad input is logged at a limited rate and never thrown.
 */
@ApplicationScoped
public class StationTraffic {

    private static final Logger LOG = Logger.getLogger(StationTraffic.class.getName());

    /** websocket close codes (RFC 6455) */
    static final int POLICY_VIOLATION = 1008;
    static final int INTERNAL_ERROR = 1011;

    @Inject
    StationDiscovery discovery;

    @Inject
    StationLinks links;

    @Inject
    GatewayStatusStore status;

    @Inject
    UplinkDeduplicator network;

    @Inject
    MetricRegistry metrics;

    private final RateLimitedLog badInput = new RateLimitedLog(LOG, 10_000);
    private Counter frames;
    private List<Long> netIds;
    private List<long[]> joinEuis;

    @PostConstruct
    void init() {
        frames = metrics.counter("gs_uplink_frames");
        netIds = netIds(ConfigProvider.getConfig().getOptionalValue("lw.gs.station.net-ids", String.class));
        joinEuis = joinEuiRanges(ConfigProvider.getConfig().getOptionalValue("lw.gs.station.join-eui-ranges", String.class));
    }

    /**
     * Authorizes a traffic connection for the gateway named in the path.
     *
     * @param clientChain the TLS client certificate chain, leaf first; empty when none was presented
     * @throws StationDiscovery.Refused for an unknown or unparsable EUI, a missing, wrong or foreign key or
     *                                  certificate, or plain ws where the gateway requires an authenticated connection; counted
     */
    public StationSession open(String pathEui, boolean secure, String authorization, List<X509Certificate> clientChain,
                               String remote, StationChannel channel) throws StationDiscovery.Refused {
        GatewayEntry gateway;
        try {
            long eui;
            try {
                eui = RouterId.parse(pathEui);
            } catch (InvalidRouterId e) {
                throw new StationDiscovery.Refused(StationDiscovery.Refusal.UNKNOWN_GATEWAY, "bad gateway EUI in the path: "
                        + e.getMessage());
            }
            gateway = discovery.discover(eui, secure, authorization, clientChain);
        } catch (StationDiscovery.Refused e) {
            connection(e.refusal().label);
            badInput.warn("station.refused." + e.refusal().label, "gs.station.traffic.refused result=" + e.refusal().label
                    + " path_eui=" + pathEui + " remote=" + remote + " detail=\"" + e.getMessage() + "\"");
            throw e;
        }
        connection("ok");
        return new StationSession(this, gateway, channel, remote);
    }

    void handle(StationSession s, String text) {
        GatewayEntry gateway = s.gateway();
        try {
            JsonObject m;
            try (JsonReader r = Jsonp.createReader(new StringReader(text))) {
                m = r.readObject();
            } catch (RuntimeException e) {
                drop(s, "malformed", "not a JSON object");
                return;
            }
            String type = m.get("msgtype") instanceof jakarta.json.JsonString t ? t.getString() : "";
            if (!s.versioned() && !"version".equals(type)) {
                drop(s, "before_version", "\"" + type + "\" before version");
                s.close(POLICY_VIOLATION, "the first message must be version");
                return;
            }
            status.seen(gateway, StationUplinkConverter.PROTOCOL, s.remote());
            links.active(gateway.eui(), s.channel());
            switch (type) {
                case "version" -> version(s, m);
                case "jreq", "rejoin", "updf", "propdf" -> uplink(s, m);
                case "dntxed" -> dntxed(s, m);
                case "timesync" -> timesync(s, m);
                case "getxtime" -> roundTrip(s, m.get("MuxTime") instanceof JsonNumber n ? n.doubleValue() : 0);
                default -> drop(s, "unknown_msgtype", "msgtype \"" + type + "\"");
            }
        } catch (RuntimeException e) {
            // Redis down or a bug: count and log; the station keeps its connection
            drop(s, "internal", e.toString());
        }
    }

    void closed(StationSession s, int code) {
        if (code == 1009) {
            drop(s, "oversized", "message above the size limit");
        } else if (!s.versioned() && !s.closedByServer()) {
            drop(s, "no_version", "closed (code " + code + ") before version");
        }
        links.disconnected(s.gateway().eui(), s.channel());
    }

    private void version(StationSession s, JsonObject m) {
        GatewayEntry gateway = s.gateway();
        JsonObject config;
        try {
            config = RouterConfig.build(FrequencyPlans.byId(gateway.frequencyPlanId()), netIds, joinEuis,
                    !gateway.enforceDutyCycle(), MuxTime.of(Instant.now()));
        } catch (LorawanException e) {
            drop(s, "no_router_config", e.getMessage());
            s.close(INTERNAL_ERROR, "no router_config for frequency plan " + gateway.frequencyPlanId());
            return;
        }
        LOG.fine(() -> "gs.station.version gateway_eui=" + gateway.eui() + " station=\"" + m.getOrDefault("station", JsonValue.NULL)
                + "\" model=\"" + m.getOrDefault("model", JsonValue.NULL) + "\"");
        if (!s.channel().send(config.toString())) {
            return;
        }
        boolean first = !s.versioned();
        s.markVersioned();
        if (first) {
            status.connected(gateway, StationUplinkConverter.PROTOCOL);
            links.connected(gateway, s.channel());
        }
    }

    private void uplink(StationSession s, JsonObject m) {
        long receivedAtNanos = System.nanoTime();
        Instant now = Instant.now();
        GatewayUplink uplink;
        StationUplink up;
        try {
            up = StationUplinkParser.parse(m);
            uplink = StationUplinkConverter.convert(s.gateway(), up, now, receivedAtNanos);
        } catch (BadStationMessage e) {
            drop(s, e.reason(), e.getMessage());
            return;
        }
        roundTrip(s, up.refTime());
        frames.inc();
        network.offer(uplink);
    }

    private void dntxed(StationSession s, JsonObject m) {
        JsonValue diid = m.containsKey("diid") ? m.get("diid") : m.get("seqno");
        if (!(diid instanceof JsonNumber n) || !n.isIntegral()) {
            drop(s, "bad_dntxed", "dntxed without an integer diid");
            return;
        }
        try {
            links.transmitted(s.gateway().eui(), n.longValueExact());
        } catch (ArithmeticException e) {
            drop(s, "bad_dntxed", "diid out of range");
        }
    }

    /** The station asks for GPS time; its {@code txtime} comes back exactly as sent. */
    private void timesync(StationSession s, JsonObject m) {
        JsonValue txtime = m.get("txtime");
        if (!(txtime instanceof JsonNumber)) {
            drop(s, "bad_timesync", "timesync without txtime");
            return;
        }
        s.channel().send(Jsonp.createObjectBuilder().add("msgtype", "timesync").add("txtime", txtime)
                .add("gpstime", GpsTime.micros(Instant.now())).build().toString());
    }

    private void roundTrip(StationSession s, double refTime) {
        OptionalLong rtt = MuxTime.roundTripMillis(refTime, Instant.now());
        if (rtt.isPresent() && s.rttDue(System.nanoTime())) {
            status.roundTrip(s.gateway().gatewayId(), rtt.getAsLong());
        }
    }

    private void drop(StationSession s, String reason, String detail) {
        metrics.counter("gs_station_dropped", new Tag("reason", reason)).inc();
        badInput.warn("station.drop." + reason, "gs.station.drop reason=" + reason + " gateway_eui=" + s.gateway().eui()
                + " remote=" + s.remote() + " detail=\"" + detail + "\"");
    }

    private void connection(String result) {
        metrics.counter("gs_station_connections", new Tag("result", result)).inc();
    }

    /** {@code lw.gs.station.net-ids}: hex NetIDs, comma-separated; none means every NetID. */
    static List<Long> netIds(Optional<String> value) {
        List<Long> ids = new ArrayList<>();
        for (String part : value.orElse("").split(",")) {
            if (!part.isBlank()) {
                ids.add(Long.parseLong(part.trim(), 16));
            }
        }
        return List.copyOf(ids);
    }

    /** {@code lw.gs.station.join-eui-ranges}: {@code LO-HI} pairs of 16 hex digits, comma-separated; none means all. */
    static List<long[]> joinEuiRanges(Optional<String> value) {
        List<long[]> ranges = new ArrayList<>();
        for (String part : value.orElse("").split(",")) {
            if (!part.isBlank()) {
                String[] lohi = part.trim().split("-");
                if (lohi.length != 2) {
                    throw new IllegalArgumentException("lw.gs.station.join-eui-ranges: expected LO-HI, got " + part);
                }
                ranges.add(new long[] {Long.parseUnsignedLong(lohi[0], 16), Long.parseUnsignedLong(lohi[1], 16)});
            }
        }
        return List.copyOf(ranges);
    }
}
