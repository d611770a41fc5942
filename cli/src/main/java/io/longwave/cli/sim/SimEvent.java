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

    /** The members of an event object (its START_OBJECT already read), up to its END_OBJECT. */
    private static void event(JsonParser p, Found f) {
        for (Event e = p.next(); e != Event.END_OBJECT; e = p.next()) {
            String key = p.getString();
            Event v = p.next();
            switch (key) {
                case "result" -> {
                    if (v == Event.START_OBJECT) {
                        event(p, f);
                    } else {
                        skip(p, v);
                    }
                }
                case "name" -> {
                    if (v == Event.VALUE_STRING) {
                        f.name = p.getString();
                    }
                }
                case "data" -> {
                    if (v == Event.START_OBJECT) {
                        data(p, f);
                    } else {
                        skip(p, v);
                    }
                }
                case "identifiers" -> {
                    if (v == Event.START_ARRAY) {
                        identifiers(p, f);
                    } else {
                        skip(p, v);
                    }
                }
                default -> skip(p, v);
            }
        }
    }

    private static void data(JsonParser p, Found f) {
        for (Event e = p.next(); e != Event.END_OBJECT; e = p.next()) {
            String key = p.getString();
            Event v = p.next();
            if ("end_device_ids".equals(key) && v == Event.START_OBJECT) {
                f.dataDevice = deviceId(p, f.dataDevice);
            } else if ("uplink_message".equals(key) && v == Event.START_OBJECT) {
                f.uplink = true;
                uplink(p, f);
            } else {
                skip(p, v);
            }
        }
    }

    private static void uplink(JsonParser p, Found f) {
        for (Event e = p.next(); e != Event.END_OBJECT; e = p.next()) {
            String key = p.getString();
            Event v = p.next();
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
                skip(p, v);
            }
        }
    }

    /** {@code identifiers[].device_ids.device_id}: the first one counts. */
    private static void identifiers(JsonParser p, Found f) {
        for (Event item = p.next(); item != Event.END_ARRAY; item = p.next()) {
            if (item != Event.START_OBJECT) {
                skip(p, item);
                continue;
            }
            for (Event e = p.next(); e != Event.END_OBJECT; e = p.next()) {
                String key = p.getString();
                Event v = p.next();
                if ("device_ids".equals(key) && v == Event.START_OBJECT) {
                    f.identifierDevice = deviceId(p, f.identifierDevice);
                } else {
                    skip(p, v);
                }
            }
        }
    }

    /** The {@code device_id} member of an ids object (its START_OBJECT read), or {@code previous} when it has none. */
    private static String deviceId(JsonParser p, String previous) {
        String found = null;
        for (Event e = p.next(); e != Event.END_OBJECT; e = p.next()) {
            String key = p.getString();
            Event v = p.next();
            if ("device_id".equals(key) && v == Event.VALUE_STRING) {
                found = p.getString();
            } else {
                skip(p, v);
            }
        }
        return previous != null ? previous : found;
    }

    private static void skip(JsonParser p, Event v) {
        if (v == Event.START_OBJECT) {
            p.skipObject();
        } else if (v == Event.START_ARRAY) {
            p.skipArray();
        }
    }
}
