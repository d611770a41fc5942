package io.longwave.cli.sim;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.HexFormat;
import java.util.OptionalLong;

/**
 * A {@code dnmsg} of the server, read as the station reads it: {@code xtime} exactly as a long, RX1 and
 * RX2 parameters each as a pair that is there or not; a missing {@code DevEui} reads as 0 (no dntxed).
 *
 * @param rx1Freq 0 when the message has no RX1 parameters
 * @param rx2Freq 0 when the message has no RX2 parameters
 * @param xtime   the uplink's xtime, empty for class C
 */
public record Dnmsg(long devEui, int deviceClass, long diid, byte[] pdu, int rxDelay, int rx1Dr, long rx1Freq,
                    int rx2Dr, long rx2Freq, OptionalLong xtime, long rctx, double muxTime) {

    public static final int CLASS_A = 0;
    public static final int CLASS_C = 2;

    /** @throws IllegalArgumentException for a message the station would refuse */
    public static Dnmsg parse(JsonObject m) {
        try {
            long devEui = m.get("DevEui") instanceof JsonString s ? StationMessages.parseEui(s.getString()) : 0;
            byte[] pdu = HexFormat.of().parseHex(m.getString("pdu"));
            boolean rx1 = m.containsKey("RX1DR") && m.containsKey("RX1Freq");
            boolean rx2 = m.containsKey("RX2DR") && m.containsKey("RX2Freq");
            int rxDelay = m.containsKey("RxDelay") ? m.getInt("RxDelay") : 1;
            OptionalLong xtime = m.get("xtime") instanceof JsonNumber x ? OptionalLong.of(x.longValueExact())
                    : OptionalLong.empty();
            if (rxDelay < 0 || rxDelay > 15) {
                throw new IllegalArgumentException("RxDelay " + rxDelay);
            }
            if (!rx1 && !rx2) {
                throw new IllegalArgumentException("neither RX1 nor RX2 parameters");
            }
            return new Dnmsg(devEui, m.getInt("dC", CLASS_A), m.getJsonNumber("diid").longValueExact(), pdu,
                    rxDelay == 0 ? 1 : rxDelay, rx1 ? m.getInt("RX1DR") : -1, rx1 ? m.getJsonNumber("RX1Freq").longValueExact() : 0,
                    rx2 ? m.getInt("RX2DR") : -1, rx2 ? m.getJsonNumber("RX2Freq").longValueExact() : 0, xtime,
                    m.get("rctx") instanceof JsonNumber r ? r.longValueExact() : 0,
                    m.get("MuxTime") instanceof JsonNumber t ? t.doubleValue() : 0);
        } catch (NullPointerException | ClassCastException | ArithmeticException e) {
            throw new IllegalArgumentException("bad dnmsg: " + e, e);
        }
    }
}
