package io.longwave.network;

import io.longwave.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;

/** RxMetadata as compact JSON, for copies that cross nodes through Redis during dedup. */
public final class RxMetadataCodec {

    private RxMetadataCodec() {
    }

    public static String encode(RxMetadata m) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("g", m.gatewayId()).add("e", m.gatewayEui()).add("t", m.timestamp())
                .add("r", m.rssi()).add("s", m.snr()).add("c", m.channelIndex()).add("f", m.rfChain())
                .add("p", m.protocol()).add("a", m.receivedAt().toString());
        if (m.time() != null) {
            b.add("u", m.time().toString());
        }
        if (m.xtime() != 0) {
            b.add("x", m.xtime()).add("k", m.rctx());
        }
        return b.build().toString();
    }

    public static RxMetadata decode(String json) {
        try (JsonReader r = Jsonp.createReader(new StringReader(json))) {
            JsonObject o = r.readObject();
            return new RxMetadata(o.getString("g"), o.getString("e"), o.getJsonNumber("t").longValue(),
                    o.containsKey("u") ? Instant.parse(o.getString("u")) : null, o.getJsonNumber("r").doubleValue(),
                    o.getJsonNumber("s").doubleValue(), o.getInt("c"), o.getInt("f"), o.getString("p"),
                    Instant.parse(o.getString("a")),
                    o.containsKey("x") ? o.getJsonNumber("x").longValueExact() : 0,
                    o.containsKey("k") ? o.getJsonNumber("k").longValueExact() : 0);
        }
    }
}
