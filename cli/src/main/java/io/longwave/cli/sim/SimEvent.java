package io.longwave.cli.sim;

import io.longwave.cli.api.Jsons;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.StringReader;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the simulator reads from one event of the stream: name, device, and for uplinks f_cnt and rx_metadata.
 * Read with a streaming parser that skips everything else: building each event's whole object tree was a
 * quarter of the load tool's CPU at a thousand events a second.
 */
public record SimEvent(String name, Optional<String> deviceId, OptionalLong fCnt, int rxMetadata) {

    public static final String UPLINK = "as.up.data.forward";
    public static final String JOIN = "as.up.join.forward";

    /** Fields found so far. */
    private static final class Found {
        String name = "";
        String dataDevice;
        String identifierDevice;
        boolean uplink;
        Long fCnt;
        int rxMetadata;
    }

    /** Parses one event's JSON (also wrapped as {@code {"result":{...}}}); IllegalArgumentException when it is none. */
    public static SimEvent parse(String json) {
        Found f = new Found();
        try (JsonParser p = Jsons.PROVIDER.createParser(new StringReader(json))) {
            if (!p.hasNext() || p.next() != Event.START_OBJECT) {
                throw new IllegalArgumentException("event is no JSON object");
            }
            event(p, f);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException("event is no JSON object: " + e.getMessage(), e);
        }
        Optional<String> device = Optional.ofNullable(f.dataDevice != null ? f.dataDevice : f.identifierDevice);
        // proto3 JSON leaves a zero counter out
        OptionalLong fCnt = f.uplink ? OptionalLong.of(f.fCnt == null ? 0 : f.fCnt) : OptionalLong.empty();
        return new SimEvent(f.name, device, fCnt, f.rxMetadata);
    }

    /** Handles one member (its value's first event read); false means skip the value. */
    private interface Member {
        boolean read(String key, Event value);
    }

    /** Walks an object's members (its START_OBJECT already read) up to its END_OBJECT, skipping the unread. */
    private static void members(JsonParser p, Member member) {
        for (Event e = p.next(); e != Event.END_OBJECT; e = p.next()) {
            String key = p.getString();
            Event v = p.next();
            if (!member.read(key, v)) {
                skip(p, v);
            }
        }
    }

    /** The members of an event object, also inside {@code result}. */
    private static void event(JsonParser p, Found f) {
        members(p, (key, v) -> {
            if ("result".equals(key) && v == Event.START_OBJECT) {
                event(p, f);
            } else if ("name".equals(key) && v == Event.VALUE_STRING) {
                f.name = p.getString();
            } else if ("data".equals(key) && v == Event.START_OBJECT) {
                data(p, f);
            } else if ("identifiers".equals(key) && v == Event.START_ARRAY) {
                identifiers(p, f);
            } else {
                return false;
            }
            return true;
        });
    }

    private static void data(JsonParser p, Found f) {
        members(p, (key, v) -> {
            if ("end_device_ids".equals(key) && v == Event.START_OBJECT) {
                f.dataDevice = deviceId(p, f.dataDevice);
            } else if ("uplink_message".equals(key) && v == Event.START_OBJECT) {
                uplink(p, f);
            } else {
                return false;
            }
            return true;
        });
    }

    private static void uplink(JsonParser p, Found f) {
        f.uplink = true;
        members(p, (key, v) -> {
            if ("f_cnt".equals(key) && v == Event.VALUE_NUMBER) {
                f.fCnt = p.getLong();
            } else if ("f_cnt".equals(key) && v == Event.VALUE_STRING) {
                f.fCnt = Long.parseLong(p.getString());
            } else if ("rx_metadata".equals(key) && v == Event.START_ARRAY) {
                for (Event item = p.next(); item != Event.END_ARRAY; item = p.next()) {
                    f.rxMetadata++;
                    skip(p, item);
                }
            } else {
                return false;
            }
            return true;
        });
    }

    /** {@code identifiers[].device_ids.device_id}: the first one counts. */
    private static void identifiers(JsonParser p, Found f) {
        for (Event item = p.next(); item != Event.END_ARRAY; item = p.next()) {
            if (item != Event.START_OBJECT) {
                skip(p, item);
                continue;
            }
            members(p, (key, v) -> {
                if (!"device_ids".equals(key) || v != Event.START_OBJECT) {
                    return false;
                }
                f.identifierDevice = deviceId(p, f.identifierDevice);
                return true;
            });
        }
    }

    /** The {@code device_id} member of an ids object (its START_OBJECT read), or {@code previous} when it has none. */
    private static String deviceId(JsonParser p, String previous) {
        String[] found = {null};
        members(p, (key, v) -> {
            if (!"device_id".equals(key) || v != Event.VALUE_STRING) {
                return false;
            }
            found[0] = p.getString();
            return true;
        });
        return previous != null ? previous : found[0];
    }

    private static void skip(JsonParser p, Event v) {
        if (v == Event.START_OBJECT) {
            p.skipObject();
        } else if (v == Event.START_ARRAY) {
            p.skipArray();
        }
    }
}
