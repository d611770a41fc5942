package io.longwave.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.identity.IdentityException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class AttributesTest {

    private static JsonObject body(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void flatStringMapsRoundTrip() {
        String stored = Attributes.read(body("{\"attributes\":{\"site\":\"north-field\",\"floor-2\":\"x\"}}"), "attributes");
        assertEquals("north-field", Attributes.parse(stored).getString("site"));
        assertEquals("{}", Attributes.read(body("{}"), "attributes"));
    }

    @Test
    void badKeysAndValuesAreRefused() {
        assertThrows(IdentityException.class, () -> Attributes.read(body("{\"attributes\":{\"Site\":\"x\"}}"), "attributes"));
        assertThrows(IdentityException.class, () -> Attributes.read(body("{\"attributes\":{\"ab\":\"x\"}}"), "attributes"));
        assertThrows(IdentityException.class, () -> Attributes.read(body("{\"attributes\":{\"site\":1}}"), "attributes"));
        assertThrows(IdentityException.class, () -> Attributes.read(body("{\"attributes\":[]}"), "attributes"));
    }
}
