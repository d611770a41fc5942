package io.longwave.gateway.station;

import io.longwave.network.downlink.PendingDownlink;
import io.longwave.network.downlink.TxWindow;
import io.longwave.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.HexFormat;

/**
 * A downlink as a Basics Station {@code dnmsg}. Class A ({@code dC} 0) echoes the uplink's {@code xtime}
 * and {@code rctx}; the station adds {@code RxDelay} seconds for RX1 and one more for RX2, and, given both
 * windows, falls back to RX2 by itself when RX1 cannot be met. An RX2-only class A downlink carries no RX1
 * fields. Class C ({@code dC} 2) has no xtime: the station sends on the RX2 parameters as soon as it can.
 */
public final class DownlinkMessage {

    /** The station's scale is 0..255, higher first; a middle value leaves room for both directions. */
    static final int PRIORITY = 25;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private DownlinkMessage() {
    }

    public static JsonObject dnmsg(PendingDownlink d, long diid, double muxTime) {
        TxWindow w = d.window();
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("msgtype", "dnmsg")
                .add("DevEui", devEui(d.devEui()))
                .add("dC", w.timestamp() < 0 ? 2 : 0)
                .add("diid", diid)
                .add("pdu", HEX.formatHex(d.phy()))
                .add("priority", PRIORITY);
        if (w.timestamp() < 0) {
            b.add("RxDelay", 1).add("RX2DR", w.dataRate()).add("RX2Freq", w.frequencyHz());
        } else {
            b.add("RxDelay", Math.max(1, w.rxDelaySeconds())).add("xtime", w.xtime()).add("rctx", w.rctx());
            if (w.rx2()) {
                b.add("RX2DR", w.dataRate()).add("RX2Freq", w.frequencyHz());
            } else {
                b.add("RX1DR", w.dataRate()).add("RX1Freq", w.frequencyHz());
                if (d.fallback() != null) {
                    b.add("RX2DR", d.fallback().dataRate()).add("RX2Freq", d.fallback().frequencyHz());
                }
            }
        }
        return b.add("MuxTime", muxTime).build();
    }

    /** 16 hex digits to the station's {@code HH-HH-..} form; all zeros when unknown (the station then reports no dntxed). */
    static String devEui(String hex) {
        String h = hex == null || hex.length() != 16 ? "0000000000000000" : hex.toUpperCase();
        StringBuilder s = new StringBuilder(23);
        for (int i = 0; i < 16; i += 2) {
            if (i > 0) {
                s.append('-');
            }
            s.append(h, i, i + 2);
        }
        return s.toString();
    }
}
