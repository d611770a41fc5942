package io.longwave.network.mac;

import io.longwave.lorawan.mac.MacCommandType;
import java.util.Locale;

/** Event names in The Things Stack's style, e.g. {@code ns.mac.link_adr.answer.reject}. */
public final class MacEvents {

    private MacEvents() {
    }

    public static String name(MacCommandType type, String suffix) {
        return "ns.mac." + base(type) + "." + suffix;
    }

    /** LINK_ADR_REQ and LINK_ADR_ANS both become "link_adr". */
    static String base(MacCommandType type) {
        return type.name().toLowerCase(Locale.ROOT).replaceAll("_(req|ans|ind|conf)$", "");
    }

    /** Downlink requests the device answers; ForceRejoinReq and the Conf/Ans answers expect nothing back. */
    static boolean expectsAnswer(MacCommandType type) {
        return switch (type) {
            case LINK_ADR_REQ, DUTY_CYCLE_REQ, RX_PARAM_SETUP_REQ, DEV_STATUS_REQ, NEW_CHANNEL_REQ,
                    RX_TIMING_SETUP_REQ, TX_PARAM_SETUP_REQ, DL_CHANNEL_REQ, ADR_PARAM_SETUP_REQ,
                    REJOIN_PARAM_SETUP_REQ, PING_SLOT_CHANNEL_REQ, BEACON_FREQ_REQ -> true;
            default -> false;
        };
    }
}
