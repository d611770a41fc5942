package io.longwave.application;

import io.longwave.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * CayenneLPP (Low Power Payload) decoding, with The Things Stack's field names
 * ({@code temperature_1}, {@code gps_2}, ...). A payload that does not parse completely is refused.
 */
public final class CayenneLpp {

    private CayenneLpp() {
    }

    /** @throws IllegalArgumentException when a type is unknown or the payload ends inside a value */
    public static JsonObject decode(byte[] b) {
        JsonObjectBuilder out = Jsonp.createObjectBuilder();
        int i = 0;
        while (i < b.length) {
            need(b, i, 2);
            int channel = b[i] & 0xFF;
            int type = b[i + 1] & 0xFF;
            i += 2;
            switch (type) {
                case 0 -> { need(b, i, 1); out.add("digital_in_" + channel, b[i] & 0xFF); i += 1; }
                case 1 -> { need(b, i, 1); out.add("digital_out_" + channel, b[i] & 0xFF); i += 1; }
                case 2 -> { need(b, i, 2); out.add("analog_in_" + channel, s16(b, i) / 100.0); i += 2; }
                case 3 -> { need(b, i, 2); out.add("analog_out_" + channel, s16(b, i) / 100.0); i += 2; }
                case 101 -> { need(b, i, 2); out.add("luminosity_" + channel, u16(b, i)); i += 2; }
                case 102 -> { need(b, i, 1); out.add("presence_" + channel, b[i] & 0xFF); i += 1; }
                case 103 -> { need(b, i, 2); out.add("temperature_" + channel, s16(b, i) / 10.0); i += 2; }
                case 104 -> { need(b, i, 1); out.add("relative_humidity_" + channel, (b[i] & 0xFF) / 2.0); i += 1; }
                case 113 -> { need(b, i, 6); out.add("accelerometer_" + channel, xyz(b, i, 1000.0)); i += 6; }
                case 115 -> { need(b, i, 2); out.add("barometric_pressure_" + channel, u16(b, i) / 10.0); i += 2; }
                case 134 -> { need(b, i, 6); out.add("gyrometer_" + channel, xyz(b, i, 100.0)); i += 6; }
                case 136 -> {
                    need(b, i, 9);
                    out.add("gps_" + channel, Jsonp.createObjectBuilder()
                            .add("latitude", s24(b, i) / 10000.0)
                            .add("longitude", s24(b, i + 3) / 10000.0)
                            .add("altitude", s24(b, i + 6) / 100.0));
                    i += 9;
                }
                default -> throw new IllegalArgumentException("unknown CayenneLPP type " + type + " at byte " + (i - 1));
            }
        }
        return out.build();
    }

    private static JsonObjectBuilder xyz(byte[] b, int i, double scale) {
        return Jsonp.createObjectBuilder().add("x", s16(b, i) / scale).add("y", s16(b, i + 2) / scale)
                .add("z", s16(b, i + 4) / scale);
    }

    private static void need(byte[] b, int at, int n) {
        if (at + n > b.length) {
            throw new IllegalArgumentException("CayenneLPP payload ends inside a value at byte " + at);
        }
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    private static int s16(byte[] b, int i) {
        return (short) u16(b, i);
    }

    private static int s24(byte[] b, int i) {
        int v = (b[i] & 0xFF) << 16 | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF);
        return (v << 8) >> 8;
    }
}
