package io.longwave.application;

import jakarta.json.JsonObject;

/** The payload formatters a device can name in {@code formatters.up_formatter} (The Things Stack's enum). */
public final class PayloadFormatters {

    public static final String CAYENNE_LPP = "FORMATTER_CAYENNELPP";

    private PayloadFormatters() {
    }

    /** @return the decoded payload, or null when the device has no formatter or the payload does not fit it */
    public static JsonObject decode(String formatter, int fPort, byte[] payload) {
        if (!CAYENNE_LPP.equals(formatter) || payload.length == 0) {
            return null;
        }
        try {
            return CayenneLpp.decode(payload);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
