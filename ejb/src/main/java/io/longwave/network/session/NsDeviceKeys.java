package io.longwave.network.session;

import java.util.HexFormat;

/** Redis keys of the Network Server's hot state. */
public final class NsDeviceKeys {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private NsDeviceKeys() {
    }

    /** Hash: the device's profile, session, frame counters and MAC state. */
    public static String device(String ref) {
        return "lw:ns:dev:" + ref;
    }

    /** Set of device references ({@code app/dev}) whose current session uses this DevAddr. */
    public static String devAddr(int devAddr) {
        return "lw:ns:addr:" + HEX.toHexDigits(devAddr);
    }

    /**
     * Set of device references ({@code app/dev}) whose pending session (answered rejoin, not yet used
     * by the device) has this DevAddr.
     */
    public static String pendingDevAddr(int devAddr) {
        return "lw:ns:paddr:" + String.format("%08X", devAddr);
    }

    /**
     * Set of device references with this DevEUI: rejoin-requests type 0 and 2 carry no JoinEUI. A set,
     * because a DevEUI is unique only together with the JoinEUI; the MIC picks the device.
     */
    public static String devEui(String devEui) {
        return "lw:ns:deveui:" + devEui;
    }

    /** String: the device reference registered under a JoinEUI/DevEUI pair. */
    public static String euis(String joinEui, String devEui) {
        return "lw:ns:eui:" + joinEui + "/" + devEui;
    }
}
