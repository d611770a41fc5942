package io.longwave.network.mac;

import io.longwave.lorawan.mac.MacCommand;
import java.util.ArrayList;
import java.util.List;

/** Fits downlink MAC commands into FOpts; order is kept, so answers placed first are the first to fit. */
public final class FOptsSplitter {

    /** FOptsLen is a 4-bit field. */
    public static final int MAX_FOPTS_BYTES = 15;

    private FOptsSplitter() {
    }

    public static MacCommandSplit split(List<MacCommand> commands) {
        return split(commands, MAX_FOPTS_BYTES);
    }

    /** Takes the longest prefix that fits {@code budget} bytes; a command is never cut or reordered. */
    public static MacCommandSplit split(List<MacCommand> commands, int budget) {
        List<MacCommand> fOpts = new ArrayList<>();
        List<MacCommand> rest = new ArrayList<>();
        int used = 0;
        for (MacCommand c : commands) {
            int size = encodedLength(c);
            if (rest.isEmpty() && used + size <= budget) {
                fOpts.add(c);
                used += size;
            } else {
                rest.add(c);
            }
        }
        return new MacCommandSplit(fOpts, rest, !rest.isEmpty());
    }

    /** CID byte plus payload. */
    public static int encodedLength(MacCommand c) {
        return 1 + c.type().payloadLength();
    }

    public static int encodedLength(List<MacCommand> commands) {
        return commands.stream().mapToInt(FOptsSplitter::encodedLength).sum();
    }
}
