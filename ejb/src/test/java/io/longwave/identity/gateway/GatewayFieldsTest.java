package io.longwave.identity.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.identity.IdentityException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayFieldsTest {

    private static JsonObject body(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void euiIsStoredUpperCase() {
        assertEquals("0011AABBCCDDEEFF", GatewayFields.eui(body("{\"eui\":\"0011aabbccddeeff\"}")).orElseThrow());
        assertTrue(GatewayFields.eui(body("{\"eui\":\"\"}")).isEmpty());
        assertThrows(IdentityException.class, () -> GatewayFields.eui(body("{\"eui\":\"0011AABBCCDDEE\"}")));
        assertThrows(IdentityException.class, () -> GatewayFields.eui(body("{\"eui\":\"0011AABBCCDDEEXX\"}")));
    }

    @Test
    void frequencyPlansMustBeKnown() {
        assertEquals(List.of("EU_863_870", "EU_863_870_TTN"),
                GatewayFields.frequencyPlans(body("{\"frequency_plan_ids\":[\"EU_863_870\",\"EU_863_870_TTN\"]}"), true));
        assertEquals(List.of("EU_863_870"), GatewayFields.frequencyPlans(body("{\"frequency_plan_id\":\"EU_863_870\"}"), false));
        assertThrows(IdentityException.class,
                () -> GatewayFields.frequencyPlans(body("{\"frequency_plan_ids\":[\"EU_863_870\",\"MARS_1\"]}"), true));
        assertThrows(IdentityException.class, () -> GatewayFields.frequencyPlans(body("{\"frequency_plan_id\":\"MARS_1\"}"), false));
    }
}
