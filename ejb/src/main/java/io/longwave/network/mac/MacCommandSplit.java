package io.longwave.network.mac;

import io.longwave.lorawan.mac.MacCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * Downlink commands divided by the 15-byte FOpts budget. {@code rest} is non-empty only when FOpts could not hold
 * everything; it must then go as FRMPayload on FPort 0 (with no application payload), or wait for a later downlink.
 */
public record MacCommandSplit(List<MacCommand> fOpts, List<MacCommand> rest, boolean restNeedsPort0) {

    public MacCommandSplit {
        fOpts = List.copyOf(fOpts);
        rest = List.copyOf(rest);
    }

    /** Everything, in order, for a MAC-only downlink on FPort 0 (FOpts must then be empty). */
    public List<MacCommand> all() {
        List<MacCommand> out = new ArrayList<>(fOpts);
        out.addAll(rest);
        return out;
    }
}
