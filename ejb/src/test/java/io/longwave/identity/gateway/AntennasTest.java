package io.longwave.identity.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.identity.IdentityException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AntennasTest {

    private static JsonObject body(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void locationIsValidatedAndNormalised() {
        String stored = Antennas.read(body("{\"antennas\":[{\"gain\":3,\"location\":{\"latitude\":52.1,\"longitude\":4.3,"
                + "\"altitude\":12,\"accuracy\":5,\"source\":\"SOURCE_REGISTRY\"}}]}"));
        JsonArray json = Antennas.json(stored, true);
        JsonObject loc = json.getJsonObject(0).getJsonObject("location");
        assertEquals(52.1, loc.getJsonNumber("latitude").doubleValue());
        assertEquals(12, loc.getInt("altitude"));
        assertEquals("SOURCE_REGISTRY", loc.getString("source"));
    }

    @Test
    void sourceDefaultsToUnknown() {
        String stored = Antennas.read(body("{\"antennas\":[{\"location\":{\"latitude\":1,\"longitude\":2}}]}"));
        assertEquals("SOURCE_UNKNOWN", Antennas.json(stored, true).getJsonObject(0).getJsonObject("location").getString("source"));
    }

    @Test
    void locationIsHiddenOnRequest() {
        String stored = Antennas.read(body("{\"antennas\":[{\"gain\":2,\"location\":{\"latitude\":1,\"longitude\":2}}]}"));
        JsonObject antenna = Antennas.json(stored, false).getJsonObject(0);
        assertFalse(antenna.containsKey("location"));
        assertTrue(antenna.containsKey("gain"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"antennas\":[{\"location\":{\"latitude\":91,\"longitude\":0}}]}",
            "{\"antennas\":[{\"location\":{\"latitude\":-90.5,\"longitude\":0}}]}",
            "{\"antennas\":[{\"location\":{\"latitude\":0,\"longitude\":180.1}}]}",
            "{\"antennas\":[{\"location\":{\"latitude\":0,\"longitude\":0,\"accuracy\":-1}}]}",
            "{\"antennas\":[{\"location\":{\"latitude\":\"0\",\"longitude\":0}}]}",
            "{\"antennas\":[{\"location\":{\"latitude\":0,\"longitude\":0,\"source\":\"SOURCE_MAGIC\"}}]}",
            "{\"antennas\":{}}",
    })
    void outOfRangeLocationsAreRefused(String json) {
        assertThrows(IdentityException.class, () -> Antennas.read(body(json)));
    }
}
