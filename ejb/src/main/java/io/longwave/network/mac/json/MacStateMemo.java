package io.longwave.network.mac.json;

import io.longwave.network.mac.MacState;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The MAC state this node last wrote or read per device, beside its JSON. When the stored JSON is
 * still that text, the uplink reuses the object instead of parsing it again: parsing was about a
 * tenth of the uplink path's CPU. Sound because {@link MacState} is immutable and its JSON round-trips
 * exactly (instants are kept to the millisecond); a state written by another node has other text and
 * is parsed. Holds at most {@code capacity} devices and starts afresh when full.
 */
public final class MacStateMemo {

    private record Entry(String json, MacState state) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;

    public MacStateMemo(int capacity) {
        this.capacity = capacity;
    }

    public MacState decode(String device, String json) {
        Entry e = entries.get(device);
        if (e != null && e.json.equals(json)) {
            return e.state;
        }
        MacState state = MacStateJson.decode(json);
        remember(device, json, state);
        return state;
    }

    public String encode(String device, MacState state) {
        String json = MacStateJson.encode(state);
        remember(device, json, state);
        return json;
    }

    private void remember(String device, String json, MacState state) {
        if (capacity <= 0) {
            return;
        }
        if (entries.size() >= capacity && !entries.containsKey(device)) {
            entries.clear();
        }
        entries.put(device, new Entry(json, state));
    }
}
