package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lookup of every supported band by its The Things Stack ID. */
public final class Bands {

    // Built once and never modified: the bands themselves are immutable.
    private static final Map<String, Band> BY_ID = build();

    private Bands() {
    }

    public static Band byId(String id) throws LorawanException {
        Band band = id == null ? null : BY_ID.get(id);
        if (band == null) {
            throw new LorawanException(Reason.UNSUPPORTED, "unknown band ID " + id + "; known: " + BY_ID.keySet());
        }
        return band;
    }

    /** Every band ID, in a stable order. */
    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    private static Map<String, Band> build() {
        Map<String, Band> map = new LinkedHashMap<>();
        for (Band band : List.of(Eu868.band(), Us915.band(), Au915.band(), As923.group1(), As923.group2(),
                As923.group3(), As923.group4(), Kr920.band(), In865.band(), Cn470.band(), Ru864.band(),
                Eu433.band(), Cn779.band())) {
            map.put(band.id(), band);
        }
        return Collections.unmodifiableMap(map);
    }
}
