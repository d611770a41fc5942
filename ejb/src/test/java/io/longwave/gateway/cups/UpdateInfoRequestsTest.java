package io.longwave.gateway.cups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpdateInfoRequestsTest {

    private static JsonObject json(String text) {
        try (JsonReader r = Jsonp.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    @Test
    void readsWhatTheStationSends() {
        UpdateInfoRequest r = UpdateInfoRequests.parse(json("{\"router\":\"b827:ebff:fe61:51d5\",\"cupsUri\":\"https://c:8885\","
                + "\"tcUri\":\"wss://t:8887\",\"cupsCredCrc\":4294967295,\"tcCredCrc\":12,\"station\":\"2.0.6(rpi/std) 2022-01-01\","
                + "\"model\":\"rpi\",\"package\":\"1.0\",\"keys\":[1,4294967295]}"));
        assertEquals(0xB827EBFFFE6151D5L, r.router());
        assertEquals("https://c:8885", r.cupsUri());
        assertEquals("wss://t:8887", r.tcUri());
        assertEquals(0xFFFFFFFFL, r.cupsCredCrc());
        assertEquals(12, r.tcCredCrc());
        assertEquals("rpi", r.model());
        assertEquals(List.of(1L, 0xFFFFFFFFL), r.keys());
    }

    @Test
    void absentFieldsAreEmptyAndZero() {
        UpdateInfoRequest r = UpdateInfoRequests.parse(json("{\"router\":\"::1\"}"));
        assertEquals(1, r.router());
        assertEquals("", r.cupsUri());
        assertEquals(0, r.tcCredCrc());
        assertEquals(List.of(), r.keys());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}|router",
        "{\"router\":true}|router",
        "{\"router\":\"1::2::3\"}|router",
        "{\"router\":\"::1\",\"tcCredCrc\":4294967296}|tcCredCrc",
        "{\"router\":\"::1\",\"cupsCredCrc\":-1}|cupsCredCrc",
        "{\"router\":\"::1\",\"cupsUri\":5}|cupsUri",
        "{\"router\":\"::1\",\"keys\":\"x\"}|keys",
    })
    void malformedRequestsNameTheField(String body, String field) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UpdateInfoRequests.parse(json(body)));
        assertTrue(e.getMessage().startsWith(field), e.getMessage());
    }
}
