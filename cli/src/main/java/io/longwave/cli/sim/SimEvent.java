package io.longwave.cli.sim;

import io.longwave.cli.api.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.OptionalLong;

/** What the simulator reads from one event of the stream: name, device, and for uplinks f_cnt and rx_metadata. */
public record SimEvent(String name, Optional<String> deviceId, OptionalLong fCnt, int rxMetadata) {

    public static final String UPLINK = "as.up.data.forward";
    public static final String JOIN = "as.up.join.forward";

    /** Parses one event's JSON (also wrapped as {@code {"result":{...}}}); IllegalArgumentException when it is none. */
    public static SimEvent parse(String json) {
        JsonObject parsed;
        try {
            parsed = Jsons.parseObject(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("event is no JSON object: " + e.getMessage(), e);
        }
        JsonObject event = parsed.get("result") instanceof JsonObject inner ? inner : parsed;
        String name = event.getString("name", "");
        JsonObject data = event.get("data") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT;
        Optional<String> device = Jsons.string(data, "end_device_ids.device_id")
                .or(() -> firstDeviceId(event));
        OptionalLong fCnt = OptionalLong.empty();
        int rxMetadata = 0;
        if (data.get("uplink_message") instanceof JsonObject up) {
            if (up.get("f_cnt") instanceof JsonNumber n) {
                fCnt = OptionalLong.of(n.longValue());
            } else if (up.containsKey("f_cnt")) {
                fCnt = OptionalLong.of(Long.parseLong(up.getString("f_cnt", "0")));
            } else {
                fCnt = OptionalLong.of(0); // proto3 JSON leaves a zero counter out
            }
            if (up.get("rx_metadata") instanceof JsonArray meta) {
                rxMetadata = meta.size();
            }
        }
        return new SimEvent(name, device, fCnt, rxMetadata);
    }

    private static Optional<String> firstDeviceId(JsonObject event) {
        if (event.get("identifiers") instanceof JsonArray ids) {
            for (JsonValue id : ids) {
                if (id instanceof JsonObject o) {
                    Optional<String> d = Jsons.string(o, "device_ids.device_id");
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
