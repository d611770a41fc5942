package io.longwave.cli.sim;

import io.longwave.cli.api.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Base64;
import java.util.List;

/** One received packet as a Semtech gateway reports it in PUSH_DATA. */
public record Rxpk(String time, long tmst, int chan, int rfch, long frequencyHz, String datr, String codr,
                   int rssi, double lsnr, byte[] data) {

    public JsonObject toJson() {
        return Jsons.PROVIDER.createObjectBuilder()
                .add("time", time)
                .add("tmst", tmst)
                .add("chan", chan)
                .add("rfch", rfch)
                .add("freq", BigDecimal.valueOf(frequencyHz).movePointLeft(6).stripTrailingZeros())
                .add("stat", 1)
                .add("modu", "LORA")
                .add("datr", datr)
                .add("codr", codr)
                .add("rssi", rssi)
                .add("lsnr", BigDecimal.valueOf(lsnr).setScale(1, RoundingMode.HALF_UP))
                .add("size", data.length)
                .add("data", Base64.getEncoder().encodeToString(data))
                .build();
    }

    /** The PUSH_DATA JSON text {@code {"rxpk":[...]}}. */
    public static String pushData(List<Rxpk> packets) {
        JsonArrayBuilder array = Jsons.PROVIDER.createArrayBuilder();
        packets.forEach(p -> array.add(p.toJson()));
        return Jsons.compact(Jsons.PROVIDER.createObjectBuilder().add("rxpk", array).build());
    }
}
