package io.longwave.cli.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimEventsTest {

    private static List<String> parse(String... lines) {
        List<String> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        for (String line : lines) {
            parser.accept(line);
        }
        parser.flush();
        return events;
    }

    @Test
    void sseLines() {
        assertEquals(List.of("{\"a\":1}", "{\"b\":2}", "line1\nline2", "{\"c\":3}", "{\"d\":4}"), parse(
                ": keep-alive comment",
                "event: message",
                "id: 17",
                "data: {\"a\":1}",
                "",
                "retry: 1000",
                "data:{\"b\":2}\r",
                "\r",
                "data: line1",
                "data: line2",
                "",
                "",
                "{\"c\":3}",
                "data: {\"d\":4}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the documented shape
            "{\"name\":\"as.up.data.forward\",\"time\":\"2024-05-01T10:00:00Z\",\"identifiers\":[{\"device_ids\":{\"device_id\":\"sim-dev-00001\",\"application_ids\":{\"application_id\":\"sim\"}}}],"
                    + "\"data\":{\"end_device_ids\":{\"device_id\":\"sim-dev-00001\"},\"uplink_message\":{\"f_port\":1,\"f_cnt\":42,\"frm_payload\":\"AQI=\",\"rx_metadata\":[{},{},{}]}},\"correlation_ids\":[\"x\"]}"
                    + "|as.up.data.forward|sim-dev-00001|42|3",
            // gRPC gateway wrapping, device only in identifiers, zero f_cnt left out
            "{\"result\":{\"name\":\"as.up.data.forward\",\"identifiers\":[{\"device_ids\":{\"device_id\":\"d2\"}}],\"data\":{\"uplink_message\":{\"rx_metadata\":[{}]}}}}"
                    + "|as.up.data.forward|d2|0|1",
            "{\"name\":\"as.up.join.forward\",\"data\":{\"end_device_ids\":{\"device_id\":\"d3\"},\"join_accept\":{}}}"
                    + "|as.up.join.forward|d3|-1|0",
            // f_cnt as a string (64-bit proto3 JSON), nested metadata skipped whole
            "{\"name\":\"as.up.data.forward\",\"data\":{\"end_device_ids\":{\"device_id\":\"d4\"},\"uplink_message\":{\"f_cnt\":\"7\",\"rx_metadata\":[{\"a\":[1,{\"b\":2}]},{}]}}}"
                    + "|as.up.data.forward|d4|7|2",
    })
    void events(String json, String name, String device, long fCnt, int rxMetadata) {
        SimEvent e = SimEvent.parse(json);
        assertEquals(name, e.name());
        assertEquals(Optional.of(device), e.deviceId());
        assertEquals(fCnt < 0 ? OptionalLong.empty() : OptionalLong.of(fCnt), e.fCnt());
        assertEquals(rxMetadata, e.rxMetadata());
    }

    @Test
    void notAnEvent() {
        assertThrows(IllegalArgumentException.class, () -> SimEvent.parse("not json"));
        assertThrows(IllegalArgumentException.class, () -> SimEvent.parse("{\"name\":"));
        assertThrows(IllegalArgumentException.class, () -> SimEvent.parse("[1,2]"));
    }

    @Test
    void trackerMatchesByDeviceAndFCnt() {
        UplinkTracker t = new UplinkTracker();
        t.sent(1, 0, 1_000_000, false);      // warm-up
        t.sent(1, 1, 2_000_000, true);
        t.sent(2, 1, 3_000_000, true);
        t.sent(2, 2, 4_000_000, true);
        t.event(1, 0, 3, 9_000_000);         // warm-up: matched, not measured
        t.event(1, 1, 3, 12_000_000);        // 10 ms
        t.event(2, 1, 2, 8_000_000);         // 5 ms
        t.event(2, 1, 2, 9_000_000);         // duplicate
        t.event(7, 1, 1, 9_000_000);         // unknown
        assertEquals(2, t.matched());
        assertEquals(1, t.unmatched());
        assertEquals(1, t.duplicates());
        assertEquals(1, t.unknown());
        Percentiles latency = t.latencyMicros().percentiles();
        assertEquals(5_000, latency.min());
        assertEquals(10_000, latency.max());
        assertEquals(2, t.rxMetadata().percentiles().min());
    }
}
