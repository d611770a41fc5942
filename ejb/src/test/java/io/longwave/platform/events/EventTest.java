package io.longwave.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.platform.json.Jsonp;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTest {

    private static JsonObject parse(String text) {
        try (var r = Jsonp.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    @Test
    void textWithRenderedDataIsTheSameEventAsTheJsonTree() {
        Instant t = Instant.parse("2026-12-06T23:00:00.123456Z");
        JsonObject ids = Jsonp.createObjectBuilder().add("device_id", "dev-\"1\"")
                .add("application_ids", Jsonp.createObjectBuilder().add("application_id", "app")).build();
        JsonObject data = Jsonp.createObjectBuilder().add("uplink_message", Jsonp.createObjectBuilder()
                .add("f_port", 2).add("frm_payload", "AQI=").add("note", "quote \" and \\ and \u00e9")).build();
        List<String> correlation = List.of("as:up:1", "ns:uplink:2");
        Event event = new Event("as.up.data.forward", t, "app", ids, data, correlation);
        String text = Event.text("as.up.data.forward", t, "app", ids, data.toString(), correlation);
        assertEquals(event.toJson(), parse(text));
        Event applicationEvent = new Event("as.down.queued", t, "app", null, data, List.of());
        assertEquals(applicationEvent.toJson(),
                parse(Event.text("as.down.queued", t, "app", null, data.toString(), List.of())));
    }
}
