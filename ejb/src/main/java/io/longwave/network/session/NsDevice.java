package io.longwave.network.session;

import java.util.Map;

/**
 * The Network Server's view of one device, read from its Redis hash in one round trip: profile
 * (version, plan, class), the current session (DevAddr, wrapped keys) and counters.
 *
 * @param lastFCntUp last accepted uplink FCnt, -1 before the first uplink of the session
 */
public record NsDevice(String ref, String devEui, String joinEui, String macVersion, String frequencyPlanId,
                       boolean supportsClassC, boolean resetsFCnt, String macSettings, Integer devAddr,
                       String fNwkSIntKey, String sNwkSIntKey, String nwkSEncKey, String sessionId, long lastFCntUp,
                       long nFCntDown, long aFCntDown, String macState, boolean classC, long confFCntDown, String confPending) {

    public boolean lorawan11() {
        return "MAC_V1_1".equals(macVersion);
    }

    public boolean hasSession() {
        return devAddr != null && fNwkSIntKey != null;
    }

    public String applicationId() {
        return ref.substring(0, ref.indexOf('/'));
    }

    public String deviceId() {
        return ref.substring(ref.indexOf('/') + 1);
    }

    public static NsDevice fromHash(String ref, Map<String, String> h) {
        if (h == null || h.isEmpty()) {
            return null;
        }
        String addr = h.get("addr");
        return new NsDevice(ref, h.get("dev_eui"), h.get("join_eui"), h.getOrDefault("ver", "MAC_V1_0_3"),
                h.getOrDefault("fp", ""), Boolean.parseBoolean(h.get("class_c_supported")),
                Boolean.parseBoolean(h.get("resets")), h.get("mac_settings"),
                addr == null || addr.isEmpty() ? null : (int) Long.parseLong(addr, 16),
                h.get("k_f"), h.get("k_s"), h.get("k_e"), h.get("sid"), parse(h.get("fcnt_up"), -1),
                parse(h.get("nfcnt_down"), 0), parse(h.get("afcnt_down"), 0), h.get("mac"),
                Boolean.parseBoolean(h.get("class_c")), parse(h.get("conf_down"), 0), h.get("conf_pending"));
    }

    private static long parse(String v, long fallback) {
        return v == null || v.isEmpty() ? fallback : Long.parseLong(v);
    }
}
