package io.longwave.network.downlink;

import io.longwave.platform.json.Jsonp;
import jakarta.json.JsonObjectBuilder;
import java.util.Base64;

/** The {@code {"txpk":{...}}} body of a PULL_RESP for a LoRaWAN downlink. */
public final class SemtechTxpk {

    private SemtechTxpk() {
    }

    public static String json(TxWindow w, byte[] phy) {
        JsonObjectBuilder t = Jsonp.createObjectBuilder();
        if (w.timestamp() < 0) {
            t.add("imme", true);
        } else {
            t.add("imme", false).add("tmst", w.timestamp());
        }
        t.add("freq", w.frequencyHz() / 1_000_000.0)
                .add("rfch", 0)
                .add("powe", w.powerDbm())
                .add("modu", "LORA")
                .add("datr", w.datr())
                .add("codr", w.codr())
                .add("ipol", true)
                .add("size", phy.length)
                .add("data", Base64.getEncoder().encodeToString(phy));
        return Jsonp.createObjectBuilder().add("txpk", t).build().toString();
    }
}
