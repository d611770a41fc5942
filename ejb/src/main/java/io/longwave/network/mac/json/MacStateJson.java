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
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
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

    public static String encode(MacState s) {
        JsonObjectBuilder o = Jsonp.createObjectBuilder()
                .add("v", s.version().name())
                .add("cls", s.deviceClass().name())
                .add("cur", params(s.current()))
                .add("des", params(s.desired()))
                .add("st", s.sessionStartedAt() == null ? 0 : s.sessionStartedAt().toEpochMilli())
                .add("sinceDs", s.uplinksSinceDevStatus())
                .add("ackReq", s.adrAckReqCount());
        JsonArrayBuilder history = Jsonp.createArrayBuilder();
        for (AdrRecord r : s.adrHistory()) {
            history.add(Jsonp.createArrayBuilder().add(r.fCnt()).add(r.maxSnr()).add(r.dataRate()).add(r.txPower())
                    .add(r.gatewayCount()));
        }
        o.add("adr", history);
        JsonArrayBuilder pending = Jsonp.createArrayBuilder();
        for (PendingRequest p : s.pending()) {
            pending.add(Jsonp.createArrayBuilder().add(hex(List.of(p.command()))).add(p.fCnt())
                    .add(p.sentAt().toEpochMilli()));
        }
        o.add("pend", pending);
        o.add("q", hex(s.queued()));
        s.lastDevStatus().ifPresent(d -> o.add("ds", Jsonp.createArrayBuilder().add(d.battery()).add(d.margin())
                .add(d.receivedAt().toEpochMilli()).add(d.fCnt())));
        return o.build().toString();
    }

    public static MacState decode(String text) {
        JsonObject o;
        try (var reader = Jsonp.createReader(new StringReader(text))) {
            o = reader.readObject();
        }
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
                params(o.getJsonObject("cur")), params(o.getJsonObject("des")), history, pending, ds,
                o.getInt("sinceDs"), Instant.ofEpochMilli(o.getJsonNumber("st").longValue()), o.getInt("ackReq"),
                commands(o.getString("q")));
    }

    private static JsonObjectBuilder params(MacParameters p) {
        JsonArrayBuilder channels = Jsonp.createArrayBuilder();
        for (MacChannel c : p.channels()) {
            channels.add(Jsonp.createArrayBuilder().add(c.frequencyHz()).add(c.minDataRate()).add(c.maxDataRate())
                    .add(c.downlinkFrequencyHz()).add(c.enabled() ? 1 : 0));
        }
        return Jsonp.createObjectBuilder()
                .add("dr", p.adrDataRate()).add("pw", p.adrTxPower()).add("nb", p.adrNbTrans())
                .add("ch", channels)
                .add("o1", p.rx1DrOffset()).add("r2d", p.rx2DataRate()).add("r2f", p.rx2FrequencyHz())
                .add("d1", p.rx1Delay()).add("dc", p.maxDutyCycle())
                .add("udw", p.uplinkDwellTime()).add("ddw", p.downlinkDwellTime()).add("eirp", p.maxEirpIndex())
                .add("psp", p.pingSlotPeriodicity()).add("psf", p.pingSlotFrequencyHz()).add("psd", p.pingSlotDataRate())
                .add("rjt", p.rejoinTimeExponent()).add("rjc", p.rejoinCountExponent())
                .add("aal", p.adrAckLimitExponent()).add("aad", p.adrAckDelayExponent());
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
