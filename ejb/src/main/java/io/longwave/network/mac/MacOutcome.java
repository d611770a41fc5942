package io.longwave.network.mac;

import io.longwave.lorawan.mac.MacCommand;
import java.util.List;

/**
 * Result of one uplink. {@code newState} assumes {@code downlinkCommands} are sent; when they are not, the
 * requests simply go unanswered and are derived again on the next uplink.
 */
public record MacOutcome(MacState newState, List<MacCommand> downlinkCommands, boolean downlinkRequired,
        List<String> eventNames) {

    public MacOutcome {
        downlinkCommands = List.copyOf(downlinkCommands);
        eventNames = List.copyOf(eventNames);
    }
}
