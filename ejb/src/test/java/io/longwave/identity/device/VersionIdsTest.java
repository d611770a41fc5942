package io.longwave.identity.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.identity.IdentityException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class VersionIdsTest {

    private static JsonObject body(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void knownKeysAreKept() {
        assertEquals("{\"brand_id\":\"acme\",\"model_id\":\"x1\"}",
                VersionIds.read(body("{\"version_ids\":{\"brand_id\":\"acme\",\"model_id\":\"x1\"}}")));
        assertEquals("{}", VersionIds.read(body("{}")));
    }

    @Test
    void unknownKeysAndNonStringsAreRefused() {
        assertThrows(IdentityException.class, () -> VersionIds.read(body("{\"version_ids\":{\"brand\":\"acme\"}}")));
        assertThrows(IdentityException.class, () -> VersionIds.read(body("{\"version_ids\":{\"brand_id\":1}}")));
    }
}
