package io.longwave.lorawan.region;

import java.util.BitSet;

/** Parses test channel sets written like "0-7,64" ("" is the empty set). */
final class ChannelSets {

    private ChannelSets() {
    }

    static BitSet parse(String spec) {
        BitSet set = new BitSet();
        if (spec == null || spec.isBlank()) {
            return set;
        }
        for (String part : spec.split("[,;]")) {
            String[] range = part.trim().split("-");
            int from = Integer.parseInt(range[0].trim());
            int to = range.length > 1 ? Integer.parseInt(range[1].trim()) : from;
            set.set(from, to + 1);
        }
        return set;
    }
}
