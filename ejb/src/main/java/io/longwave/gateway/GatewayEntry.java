package io.longwave.gateway;

import java.util.HashMap;
import java.util.Map;

/**
 * What the Gateway Server needs of a registered gateway on every datagram, mirrored from the
 * registry into Redis hash {@code lw:gw:eui:<EUI>}.
 */
public record GatewayEntry(String gatewayId, String eui, String frequencyPlanId, boolean enforceDutyCycle,
                           boolean requireAuthenticatedConnection) {

    public Map<String, String> toHash() {
        Map<String, String> h = new HashMap<>();
        h.put("id", gatewayId);
        h.put("eui", eui);
        h.put("fp", frequencyPlanId);
        h.put("duty", Boolean.toString(enforceDutyCycle));
        h.put("auth", Boolean.toString(requireAuthenticatedConnection));
        return h;
    }

    /** @return the entry, or null when the hash is empty (no such gateway) */
    public static GatewayEntry fromHash(Map<String, String> h) {
        if (h == null || h.isEmpty() || h.get("id") == null) {
            return null;
        }
        return new GatewayEntry(h.get("id"), h.get("eui"), h.getOrDefault("fp", ""),
                Boolean.parseBoolean(h.get("duty")), Boolean.parseBoolean(h.get("auth")));
    }

    public static String key(String euiHex) {
        return "lw:gw:eui:" + euiHex;
    }
}
