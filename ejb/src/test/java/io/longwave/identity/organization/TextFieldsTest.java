package io.longwave.identity.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.identity.IdentityException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class TextFieldsTest {

    private static JsonObject body(String field, int length) {
        return Json.createObjectBuilder().add(field, "x".repeat(length)).build();
    }

    @Test
    void namesAndDescriptionsHaveTheirLimits() {
        assertEquals(50, TextFields.name(body("name", 50)).length());
        assertThrows(IdentityException.class, () -> TextFields.name(body("name", 51)));
        assertEquals(2000, TextFields.description(body("description", 2000)).length());
        assertThrows(IdentityException.class, () -> TextFields.description(body("description", 2001)));
        assertEquals("", TextFields.name(Json.createObjectBuilder().build()));
    }
}
