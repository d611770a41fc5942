package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;
import java.util.List;

/**
 * The commands understood at the start of a MAC command buffer. Because a command's length follows from
 * its CID, nothing after an unknown or damaged command can be located, so parsing stops there and
 * {@code stopOffset} points at that command's CID byte (it equals the input length when complete).
 */
public record ParsedMacCommands(List<MacCommand> commands, ParseStop stop, int stopOffset, String detail) {

    public ParsedMacCommands {
        commands = List.copyOf(commands);
    }

    public boolean complete() {
        return stop == ParseStop.COMPLETE;
    }

    /** The commands when the whole buffer was understood; otherwise the typed exception saying where and why. */
    public List<MacCommand> requireComplete() throws LorawanException {
        return switch (stop) {
            case COMPLETE -> commands;
            case UNKNOWN_CID, PROPRIETARY_CID -> throw new LorawanException(
                    LorawanException.Reason.UNKNOWN_MAC_COMMAND, detail);
            case TRUNCATED, INVALID_FIELD -> throw new LorawanException(
                    LorawanException.Reason.BAD_MAC_COMMAND, detail);
        };
    }
}
