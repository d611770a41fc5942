package io.longwave.gateway;

import io.longwave.platform.json.Jsonp;
import io.longwave.identity.EntityId;
import io.longwave.identity.ErrorKind;
import io.longwave.identity.IdentityException;
import io.longwave.identity.auth.Caller;
import io.longwave.identity.rights.Right;
import io.longwave.identity.rights.RightsResolver;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * {@code GET /api/v3/gs/gateways/{id}/connection/stats} in The Things Stack's shape: protocol, when
 * last seen, the forwarder's last status and location, and the last downlink round trip.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class GatewayConnectionStats {

    @Inject
    RightsResolver rights;

    @Inject
    GatewayStatusStore status;

    public JsonObject get(Caller caller, String gatewayId) {
        rights.require(caller, EntityId.gateway(gatewayId), Right.RIGHT_GATEWAY_STATUS_READ);
        Map<String, String> h = status.read(gatewayId);
        String lastSeen = h.get("last_seen_at");
        if (lastSeen == null || Duration.between(Instant.parse(lastSeen), Instant.now()).getSeconds()
                > GatewayStatusStore.CONNECTION_TTL_SECONDS) {
            throw new IdentityException(ErrorKind.NOT_FOUND, "not_connected", "gateway `{id}` is not connected",
                    Map.of("id", gatewayId));
        }
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("protocol", h.getOrDefault("protocol", "udp"))
                .add("last_seen_at", lastSeen);
        if (h.get("connected_at") != null) {
            b.add("connected_at", h.get("connected_at"));
        }
        if (h.get("stats") != null) {
            JsonObjectBuilder s = Jsonp.createObjectBuilder().add("time", h.getOrDefault("stats_at", lastSeen));
            try (JsonReader r = Jsonp.createReader(new StringReader(h.get("stats")))) {
                JsonObject stat = r.readObject();
                JsonObjectBuilder m = Jsonp.createObjectBuilder();
                for (String[] f : new String[][] {{"rxnb", "rxin"}, {"rxok", "rxok"}, {"rxfw", "rxfw"}, {"ackr", "ackr"},
                        {"dwnb", "txin"}, {"txnb", "txok"}}) {
                    if (stat.containsKey(f[0])) {
                        m.add(f[1], stat.get(f[0]));
                    }
                }
                s.add("metrics", m);
            }
            if (h.get("latitude") != null) {
                JsonObjectBuilder loc = Jsonp.createObjectBuilder()
                        .add("latitude", Double.parseDouble(h.get("latitude")))
                        .add("longitude", Double.parseDouble(h.get("longitude")))
                        .add("source", "SOURCE_GPS");
                if (h.get("altitude") != null) {
                    loc.add("altitude", Integer.parseInt(h.get("altitude")));
                }
                s.add("antenna_locations", Jsonp.createArrayBuilder().add(loc));
            }
            b.add("last_status_received_at", h.getOrDefault("stats_at", lastSeen)).add("last_status", s);
        }
        if (h.get("rtt_ms") != null) {
            String rtt = (Long.parseLong(h.get("rtt_ms")) / 1000.0) + "s";
            b.add("round_trip_times", Jsonp.createObjectBuilder().add("min", rtt).add("max", rtt).add("median", rtt).add("count", 1));
        }
        return b.build();
    }
}
