package io.longwave.cli.sim;

import io.longwave.cli.api.Jsons;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.Base64;

/** The part of a PULL_RESP {@code txpk} the simulator uses. */
public record Txpk(boolean immediate, long tmst, double frequencyMHz, String datr, byte[] data) {

    /** Reads {@code {"txpk":{...}}}; throws IllegalArgumentException when it is not one. */
    public static Txpk parse(String json) {
        try {
            JsonObject txpk = Jsons.parseObject(json).getJsonObject("txpk");
            if (txpk == null) {
                throw new IllegalArgumentException("PULL_RESP without txpk");
            }
            JsonNumber tmst = txpk.getJsonNumber("tmst");
            JsonNumber freq = txpk.getJsonNumber("freq");
            return new Txpk(txpk.getBoolean("imme", false), tmst == null ? 0 : Tmst.of(tmst.longValue()),
                    freq == null ? 0 : freq.doubleValue(), txpk.getString("datr", ""),
                    Base64.getDecoder().decode(txpk.getString("data", "")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad PULL_RESP: " + e.getMessage(), e);
        }
    }

    /** The TX_ACK JSON text. */
    public static String txAck(String error) {
        return Jsons.compact(Jsons.PROVIDER.createObjectBuilder()
                .add("txpk_ack", Jsons.PROVIDER.createObjectBuilder().add("error", error)).build());
    }
}
