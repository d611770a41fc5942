package io.longwave.gateway.udp;

import io.longwave.platform.json.Jsonp;
import io.longwave.lorawan.frame.PhyPayloadDecoder;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads the JSON of a PUSH_DATA. A body that is not a JSON object is refused as a whole; each
 * {@code rxpk} is judged on its own, so one bad packet never costs the good ones beside it.
 */
public final class PushDataParser {

    private PushDataParser() {
    }

    public static PushData parse(byte[] body) throws MalformedDatagramException {
        JsonObject root;
        // a String and a StringReader: the InputStream form built a charset decoder for every datagram
        try (JsonReader reader = Jsonp.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            JsonValue v = reader.readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new MalformedDatagramException(MalformedDatagramException.Reason.BAD_JSON, "body is not a JSON object");
            }
            root = v.asJsonObject();
        } catch (RuntimeException e) {
            // not only JsonException: Parsson refuses nesting deeper than its limit with a bare RuntimeException
            throw new MalformedDatagramException(MalformedDatagramException.Reason.BAD_JSON, "invalid JSON");
        }
        List<RxPacket> packets = new ArrayList<>();
        int crcFailed = 0;
        int malformed = 0;
        int oversized = 0;
        JsonValue rxpk = root.get("rxpk");
        if (rxpk != null && rxpk.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : (JsonArray) rxpk) {
                if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                    malformed++;
                    continue;
                }
                JsonObject p = item.asJsonObject();
                if (number(p, "stat", 1) != 1) {
                    crcFailed++;
                    continue;
                }
                byte[] data;
                try {
                    data = Base64.getDecoder().decode(text(p, "data"));
                } catch (IllegalArgumentException e) {
                    malformed++;
                    continue;
                }
                if (data.length > PhyPayloadDecoder.MAX_PHY_LENGTH) {
                    oversized++;
                    continue;
                }
                RxPacket packet = packet(p, data);
                if (packet == null) {
                    malformed++;
                } else {
                    packets.add(packet);
                }
            }
        } else if (rxpk != null) {
            malformed++;
        }
        JsonValue stat = root.get("stat");
        return new PushData(packets, crcFailed, malformed, oversized,
                stat != null && stat.getValueType() == JsonValue.ValueType.OBJECT ? stat.asJsonObject() : null);
    }

    private static RxPacket packet(JsonObject p, byte[] data) {
        String datr = p.get("datr") instanceof JsonString s ? s.getString()
                : p.get("datr") instanceof JsonNumber n ? Long.toString(n.longValue()) : null;
        JsonValue freq = p.get("freq");
        JsonValue tmst = p.get("tmst");
        if (datr == null || !(freq instanceof JsonNumber f) || !(tmst instanceof JsonNumber t) || data.length == 0) {
            return null;
        }
        Instant time = null;
        if (p.get("time") instanceof JsonString s) {
            try {
                time = RxTime.parse(s.getString());
            } catch (DateTimeParseException ignored) {
                // a gateway without GPS may send nonsense here; the time is optional
            }
        }
        double snr = p.get("lsnr") instanceof JsonNumber n ? n.doubleValue() : 0;
        double rssi = p.get("rssi") instanceof JsonNumber n ? n.doubleValue() : 0;
        JsonArray rsig = p.get("rsig") instanceof JsonArray a ? a : null;
        if (rsig != null && !rsig.isEmpty() && rsig.get(0) instanceof JsonObject first) {
            // newer forwarders report per antenna; use the first antenna's channel figures
            snr = first.get("lsnr") instanceof JsonNumber n ? n.doubleValue() : snr;
            rssi = first.get("rssic") instanceof JsonNumber n ? n.doubleValue() : rssi;
        }
        return new RxPacket(t.longValue() & 0xFFFFFFFFL, time, Math.round(f.doubleValue() * 1_000_000),
                (int) number(p, "chan", 0), (int) number(p, "rfch", 0),
                p.get("modu") instanceof JsonString m ? m.getString() : "LORA", datr,
                p.get("codr") instanceof JsonString c ? c.getString() : "4/5", rssi, snr, data);
    }

    private static long number(JsonObject o, String name, long fallback) {
        return o.get(name) instanceof JsonNumber n ? n.longValue() : fallback;
    }

    private static String text(JsonObject o, String name) {
        return o.get(name) instanceof JsonString s ? s.getString() : "";
    }
}
