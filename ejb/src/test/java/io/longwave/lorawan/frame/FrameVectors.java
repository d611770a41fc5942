package io.longwave.lorawan.frame;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.glassfish.json.JsonProviderImpl;

/**
 * Loads the independent test vectors of {@code vectors/lorawan-frames.json} (lora-packet 0.9.3).
 * The provider is named because the Jakarta EE API on the classpath looks for a different default.
 */
public final class FrameVectors {

    private FrameVectors() {
    }

    public static List<JsonObject> ofKind(String kind) {
        try (InputStream in = FrameVectors.class.getResourceAsStream("/vectors/lorawan-frames.json");
             JsonReader reader = new JsonProviderImpl().createReader(in)) {
            List<JsonObject> cases = reader.readObject().getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("kind").equals(kind))
                    .collect(Collectors.toList());
            if (cases.isEmpty()) {
                throw new IllegalStateException("no vectors of kind " + kind);
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] hex(JsonObject c, String field) {
        return HexFormat.of().parseHex(c.getString(field));
    }

    /** Big-endian printed hex (EUI, DevAddr, NetID, nonce) as a number. */
    public static long number(JsonObject c, String field) {
        return Long.parseUnsignedLong(c.getString(field), 16);
    }
}
