package io.longwave.network.mac.json;

import io.longwave.platform.json.Jsonp;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.mac.ParsedMacCommands;
import io.longwave.network.mac.AdrRecord;
import io.longwave.network.mac.DevStatus;
import io.longwave.network.mac.DeviceClass;
import io.longwave.network.mac.LorawanVersion;
import io.longwave.network.mac.MacChannel;
import io.longwave.network.mac.MacParameters;
import io.longwave.network.mac.MacState;
import io.longwave.network.mac.PendingRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@link MacState} as compact JSON for the Redis store: short keys, channels and history as arrays, commands as
 * the hex of their on-air bytes (so the codec stays the one source of truth for command layout).
 */
public final class MacStateJson {

    private static final HexFormat HEX = HexFormat.of();

    private MacStateJson() {
    }

    /** Written with a generator: building a JSON-P object tree first cost twice as much on every uplink. */
    public static String encode(MacState s) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = Jsonp.createGenerator(out)) {
            g.writeStartObject()
                    .write("v", s.version().name())
                    .write("cls", s.deviceClass().name());
            params(g.writeStartObject("cur"), s.current());
            if (!s.desired().equals(s.current())) { // once converged they are equal: absent means "as current"
                params(g.writeStartObject("des"), s.desired());
            }
            g.write("st", s.sessionStartedAt() == null ? 0 : s.sessionStartedAt().toEpochMilli())
                    .write("sinceDs", s.uplinksSinceDevStatus())
                    .write("ackReq", s.adrAckReqCount());
            g.writeStartArray("adr");
            for (AdrRecord r : s.adrHistory()) {
                g.writeStartArray().write(r.fCnt()).write(r.maxSnr()).write(r.dataRate()).write(r.txPower())
                        .write(r.gatewayCount()).writeEnd();
            }
            g.writeEnd();
            g.writeStartArray("pend");
            for (PendingRequest p : s.pending()) {
                g.writeStartArray().write(hex(List.of(p.command()))).write(p.fCnt()).write(p.sentAt().toEpochMilli())
                        .writeEnd();
            }
            g.writeEnd();
            g.write("q", hex(s.queued()));
            s.lastDevStatus().ifPresent(d -> g.writeStartArray("ds").write(d.battery()).write(d.margin())
                    .write(d.receivedAt().toEpochMilli()).write(d.fCnt()).writeEnd());
            g.writeEnd();
        }
        return out.toString();
    }

    public static MacState decode(String text) {
        JsonObject o;
        try (var reader = Jsonp.createReader(new StringReader(text))) {
            o = reader.readObject();
        }
        MacParameters current = params(o.getJsonObject("cur"));
        List<AdrRecord> history = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("adr")) {
            JsonArray a = v.asJsonArray();
            history.add(new AdrRecord(a.getJsonNumber(0).longValue(), a.getJsonNumber(1).doubleValue(), a.getInt(2),
                    a.getInt(3), a.getInt(4)));
        }
        List<PendingRequest> pending = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("pend")) {
            JsonArray a = v.asJsonArray();
            pending.add(new PendingRequest(commands(a.getString(0)).get(0), a.getJsonNumber(1).longValue(),
                    Instant.ofEpochMilli(a.getJsonNumber(2).longValue())));
        }
        Optional<DevStatus> ds = Optional.empty();
        if (o.containsKey("ds")) {
            JsonArray a = o.getJsonArray("ds");
            ds = Optional.of(new DevStatus(a.getInt(0), a.getInt(1), Instant.ofEpochMilli(a.getJsonNumber(2).longValue()),
                    a.getJsonNumber(3).longValue()));
        }
        return new MacState(LorawanVersion.valueOf(o.getString("v")), DeviceClass.valueOf(o.getString("cls")),
                current, o.containsKey("des") ? params(o.getJsonObject("des")) : current, history, pending, ds,
                o.getInt("sinceDs"), Instant.ofEpochMilli(o.getJsonNumber("st").longValue()), o.getInt("ackReq"),
                commands(o.getString("q")));
    }

    /** Writes the fields of an object the caller has started, and ends it. */
    private static void params(JsonGenerator g, MacParameters p) {
        g.write("dr", p.adrDataRate()).write("pw", p.adrTxPower()).write("nb", p.adrNbTrans());
        g.writeStartArray("ch");
        for (MacChannel c : p.channels()) {
            g.writeStartArray().write(c.frequencyHz()).write(c.minDataRate()).write(c.maxDataRate())
                    .write(c.downlinkFrequencyHz()).write(c.enabled() ? 1 : 0).writeEnd();
        }
        g.writeEnd()
                .write("o1", p.rx1DrOffset()).write("r2d", p.rx2DataRate()).write("r2f", p.rx2FrequencyHz())
                .write("d1", p.rx1Delay()).write("dc", p.maxDutyCycle())
                .write("udw", p.uplinkDwellTime()).write("ddw", p.downlinkDwellTime()).write("eirp", p.maxEirpIndex())
                .write("psp", p.pingSlotPeriodicity()).write("psf", p.pingSlotFrequencyHz()).write("psd", p.pingSlotDataRate())
                .write("rjt", p.rejoinTimeExponent()).write("rjc", p.rejoinCountExponent())
                .write("aal", p.adrAckLimitExponent()).write("aad", p.adrAckDelayExponent())
                .writeEnd();
    }

    private static MacParameters params(JsonObject o) {
        List<MacChannel> channels = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("ch")) {
            JsonArray a = v.asJsonArray();
            channels.add(new MacChannel(a.getJsonNumber(0).longValue(), a.getInt(1), a.getInt(2),
                    a.getJsonNumber(3).longValue(), a.getInt(4) != 0));
        }
        return new MacParameters(o.getInt("dr"), o.getInt("pw"), o.getInt("nb"), channels, o.getInt("o1"),
                o.getInt("r2d"), num(o, "r2f"), o.getInt("d1"), o.getInt("dc"), o.getBoolean("udw"),
                o.getBoolean("ddw"), o.getInt("eirp"), o.getInt("psp"), num(o, "psf"), o.getInt("psd"),
                o.getInt("rjt"), o.getInt("rjc"), o.getInt("aal"), o.getInt("aad"));
    }

    private static long num(JsonObject o, String key) {
        return ((JsonNumber) o.get(key)).longValue();
    }

    private static String hex(List<MacCommand> commands) {
        try {
            return HEX.formatHex(MacCommandCodec.encode(commands, Direction.DOWNLINK));
        } catch (LorawanException e) {
            throw new IllegalArgumentException("state holds a command that does not encode: " + e.getMessage(), e);
        }
    }

    private static List<MacCommand> commands(String hex) {
        try {
            ParsedMacCommands parsed = MacCommandCodec.parse(HEX.parseHex(hex), Direction.DOWNLINK);
            return parsed.requireComplete();
        } catch (LorawanException e) {
            throw new IllegalArgumentException("stored MAC commands do not parse: " + e.getMessage(), e);
        }
    }
}
