package io.longwave.gateway.cups;

import io.longwave.gateway.station.InvalidRouterId;
import io.longwave.gateway.station.RouterId;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON body of {@code POST /update-info} as the station writes it (lorabasics {@code cups.c}). */
public final class UpdateInfoRequests {

    private UpdateInfoRequests() {
    }

    /** @throws IllegalArgumentException naming the field that is missing or malformed */
    public static UpdateInfoRequest parse(JsonObject body) {
        List<Long> keys = new ArrayList<>();
        JsonValue k = body.get("keys");
        if (k instanceof JsonArray array) {
            for (JsonValue v : array) {
                keys.add(u32(v, "keys[]"));
            }
        } else if (k != null && k.getValueType() != JsonValue.ValueType.NULL) {
            throw new IllegalArgumentException("keys must be an array of CRCs");
        }
        return new UpdateInfoRequest(router(body.get("router")), text(body, "cupsUri"), text(body, "tcUri"),
                crc(body, "cupsCredCrc"), crc(body, "tcCredCrc"), text(body, "station"), text(body, "model"),
                text(body, "package"), keys);
    }

    private static long router(JsonValue router) {
        try {
            if (router instanceof JsonString s) {
                return RouterId.parse(s.getString());
            }
            if (router instanceof JsonNumber n) {
                return RouterId.parse(n.bigIntegerValueExact());
            }
        } catch (InvalidRouterId | ArithmeticException e) {
            throw new IllegalArgumentException("router: " + e.getMessage());
        }
        throw new IllegalArgumentException("router missing or neither a string nor an integer");
    }

    private static String text(JsonObject body, String name) {
        JsonValue v = body.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new IllegalArgumentException(name + " must be a string");
    }

    /** An absent CRC is 0: the station reports 0 for a credential set it does not have. */
    private static long crc(JsonObject body, String name) {
        JsonValue v = body.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? 0 : u32(v, name);
    }

    private static long u32(JsonValue v, String name) {
        if (v instanceof JsonNumber n) {
            try {
                long value = n.longValueExact();
                if (value >= 0 && value <= 0xFFFF_FFFFL) {
                    return value;
                }
            } catch (ArithmeticException e) {
                // falls through to the refusal
            }
        }
        throw new IllegalArgumentException(name + " must be an unsigned 32-bit integer");
    }
}
