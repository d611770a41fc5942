package io.longwave.gateway.station;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HexFormat;

/**
 * Reads an uplink message of a Basics Station. Integers are read exactly ({@code xtime} exceeds what a
 * double holds); a field out of its range, missing or of the wrong type refuses the message.
 */
public final class StationUplinkParser {

    private static final HexFormat HEX = HexFormat.of();

    private StationUplinkParser() {
    }

    public static StationUplink parse(JsonObject m) throws BadStationMessage {
        String type = m.getString("msgtype", "");
        byte[] phy = switch (type) {
            case "jreq", "rejoin" -> UplinkFrames.joinRequest(uint(m, "MHdr", 0xFF), eui(m, "JoinEui", "JoinEUI"),
                    eui(m, "DevEui", "DevEUI"), uint(m, "DevNonce", 0xFFFF), int32(m, "MIC"));
            case "updf" -> {
                int fPort = (int) integer(m, "FPort", -1, 0xFF);
                byte[] fOpts = hex(m, "FOpts", 15);
                byte[] payload = hex(m, "FRMPayload", 255);
                if (fPort < 0 && payload.length > 0) {
                    throw new BadStationMessage("bad_uplink", "FRMPayload without FPort");
                }
                yield UplinkFrames.dataFrame(uint(m, "MHdr", 0xFF), int32(m, "DevAddr"), uint(m, "FCtrl", 0xFF),
                        uint(m, "FCnt", 0xFFFF), fOpts, fPort, payload, int32(m, "MIC"));
            }
            case "propdf" -> hex(m, "FRMPayload", 255);
            default -> throw new BadStationMessage("unknown_msgtype", "not an uplink: " + type);
        };
        if (phy.length > 255) {
            throw new BadStationMessage("bad_uplink", "frame longer than 255 bytes");
        }
        JsonObject info = m.get("upinfo") instanceof JsonObject o ? o : null;
        if (info == null) {
            throw new BadStationMessage("bad_uplink", "upinfo missing");
        }
        long xtime = integer(info, "xtime", 0, Long.MAX_VALUE);
        return new StationUplink(type, phy, (int) integer(m, "DR", 0, 15), integer(m, "Freq", 1, 0xFFFF_FFFFL), xtime,
                optionalInteger(info, "rctx", 0), optionalInteger(info, "gpstime", 0),
                number(info, "rssi"), number(info, "snr"), m.get("RefTime") instanceof JsonNumber r ? r.doubleValue() : 0);
    }

    private static int uint(JsonObject m, String field, int max) throws BadStationMessage {
        return (int) integer(m, field, 0, max);
    }

    /** A 32-bit field sent signed (-559038737) or unsigned (3735928559): its low 32 bits. */
    private static long int32(JsonObject m, String field) throws BadStationMessage {
        return integer(m, field, Integer.MIN_VALUE, 0xFFFF_FFFFL) & 0xFFFF_FFFFL;
    }

    static long integer(JsonObject m, String field, long min, long max) throws BadStationMessage {
        if (!(m.get(field) instanceof JsonNumber n)) {
            throw new BadStationMessage("bad_uplink", field + " missing or not a number");
        }
        long v;
        try {
            v = n.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadStationMessage("bad_uplink", field + " is not a 64-bit integer: " + n);
        }
        if (v < min || v > max) {
            throw new BadStationMessage("bad_uplink", field + " out of range: " + v);
        }
        return v;
    }

    private static long optionalInteger(JsonObject m, String field, long absent) throws BadStationMessage {
        JsonValue v = m.get(field);
        return v == null || v == JsonValue.NULL ? absent : integer(m, field, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private static double number(JsonObject m, String field) throws BadStationMessage {
        if (!(m.get(field) instanceof JsonNumber n)) {
            throw new BadStationMessage("bad_uplink", field + " missing or not a number");
        }
        return n.doubleValue();
    }

    private static long eui(JsonObject m, String field, String alternative) throws BadStationMessage {
        JsonValue v = m.containsKey(field) ? m.get(field) : m.get(alternative);
        if (!(v instanceof JsonString s)) {
            throw new BadStationMessage("bad_uplink", field + " missing or not a string");
        }
        try {
            return RouterId.parse(s.getString());
        } catch (InvalidRouterId e) {
            throw new BadStationMessage("bad_uplink", field + ": " + e.getMessage());
        }
    }

    private static byte[] hex(JsonObject m, String field, int maxBytes) throws BadStationMessage {
        JsonValue v = m.get(field);
        if (v == null || v == JsonValue.NULL) {
            return new byte[0];
        }
        if (!(v instanceof JsonString s) || s.getString().length() > 2 * maxBytes) {
            throw new BadStationMessage("bad_uplink", field + " not a hex string of at most " + maxBytes + " bytes");
        }
        try {
            return HEX.parseHex(s.getString());
        } catch (IllegalArgumentException e) {
            throw new BadStationMessage("bad_uplink", field + " is not hex");
        }
    }
}
