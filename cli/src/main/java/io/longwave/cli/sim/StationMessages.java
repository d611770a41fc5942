package io.longwave.cli.sim;

import io.longwave.cli.api.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The messages a Basics Station sends, field by field as station 2.x writes them (s2e.c, lora.c):
 * a frame split into its fields with {@code DevAddr} and {@code MIC} as signed 32-bit integers, EUIs as
 * {@code HH-HH-..}, hex in upper case, {@code xtime} as an exact 64-bit integer, times with 6 decimals.
 */
public final class StationMessages {

    private static final JsonProvider J = Jsons.PROVIDER;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final int JOIN_REQUEST_LENGTH = 23;
    private static final int DATA_MIN_LENGTH = 12;

    private StationMessages() {
    }

    /** {@code {"router": "<id6>"}}: what a station asks {@code /router-info}. */
    public static String routerInfo(long eui) {
        return Jsons.compact(J.createObjectBuilder().add("router", id6(eui)).build());
    }

    public static String version() {
        return Jsons.compact(J.createObjectBuilder().add("msgtype", "version").add("station", "2.0.6(lw-sim)")
                .add("firmware", JsonValue.NULL).add("package", JsonValue.NULL).add("model", "lw-sim")
                .add("protocol", 2).add("features", "").build());
    }

    /**
     * A received frame as {@code jreq}, {@code rejoin}, {@code updf} or {@code propdf} with its radio data.
     *
     * @throws IllegalArgumentException for a frame the station would not forward (too short, not LoRaWAN 1.x)
     */
    public static JsonObject uplink(byte[] phy, double refTime, int dataRate, long frequencyHz, long xtime, int rssi,
                                    double snr, double rxTimeSeconds) {
        JsonObjectBuilder m = frame(phy);
        return m.add("RefTime", seconds(refTime))
                .add("DR", dataRate)
                .add("Freq", frequencyHz)
                .add("upinfo", J.createObjectBuilder()
                        .add("rctx", 0)
                        .add("xtime", xtime)
                        .add("gpstime", 0)          // no PPS: the station reports 0
                        .add("fts", -1)
                        .add("rssi", rssi)
                        .add("snr", BigDecimal.valueOf(snr).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros())
                        .add("rxtime", seconds(rxTimeSeconds)))
                .build();
    }

    static JsonObjectBuilder frame(byte[] phy) {
        if (phy.length == 0 || (phy[0] & 0x1F) != 0) {
            throw new IllegalArgumentException("not a LoRaWAN 1.x frame");
        }
        int fType = phy[0] & 0xE0;
        int mHdr = phy[0] & 0xFF;
        if (fType == 0xE0) {
            return J.createObjectBuilder().add("msgtype", "propdf").add("FRMPayload", HEX.formatHex(phy));
        }
        if (fType == 0x00 || fType == 0xC0) {
            if (phy.length != JOIN_REQUEST_LENGTH) {
                throw new IllegalArgumentException("join-request of " + phy.length + " bytes");
            }
            return J.createObjectBuilder()
                    .add("msgtype", fType == 0x00 ? "jreq" : "rejoin")
                    .add("MHdr", mHdr)
                    .add("JoinEui", eui(le(phy, 1, 8)))
                    .add("DevEui", eui(le(phy, 9, 8)))
                    .add("DevNonce", (int) le(phy, 17, 2))
                    .add("MIC", (int) le(phy, 19, 4));
        }
        if (phy.length < DATA_MIN_LENGTH || (fType != 0x40 && fType != 0x80)) {
            throw new IllegalArgumentException("not an uplink data frame");
        }
        int fOptsLength = phy[5] & 0x0F;
        int portOffset = 8 + fOptsLength;
        int len = phy.length;
        if (portOffset > len - 4) {
            throw new IllegalArgumentException("FOpts run into the MIC");
        }
        boolean hasPort = portOffset < len - 4;
        return J.createObjectBuilder()
                .add("msgtype", "updf")
                .add("MHdr", mHdr)
                .add("DevAddr", (int) le(phy, 1, 4))
                .add("FCtrl", phy[5] & 0xFF)
                .add("FCnt", (int) le(phy, 6, 2))
                .add("FOpts", HEX.formatHex(phy, 8, portOffset))
                .add("FPort", hasPort ? phy[portOffset] & 0xFF : -1)
                .add("FRMPayload", hasPort ? HEX.formatHex(phy, portOffset + 1, len - 4) : "")
                .add("MIC", (int) le(phy, len - 4, 4));
    }

    /** What the station reports once it sent a downlink that named a device. */
    public static String dntxed(Dnmsg d, StationTransmission tx, double txTimeSeconds) {
        return Jsons.compact(J.createObjectBuilder()
                .add("msgtype", "dntxed")
                .add("seqno", d.diid())
                .add("diid", d.diid())
                .add("DR", tx.dataRate())
                .add("Freq", tx.frequencyHz())
                .add("DevEui", eui(d.devEui()))
                .add("rctx", 0)
                .add("xtime", tx.xtime())
                .add("txtime", seconds(txTimeSeconds))
                .add("gpstime", 0)
                .build());
    }

    /** The station's id6 form of an EUI: four 16-bit hex groups, the zeros compressed as it compresses them. */
    public static String id6(long eui) {
        int g0 = (int) (eui >>> 48) & 0xFFFF;
        int g1 = (int) (eui >>> 32) & 0xFFFF;
        int g2 = (int) (eui >>> 16) & 0xFFFF;
        int g3 = (int) eui & 0xFFFF;
        if (g0 == 0 && g1 == 0) {
            return g2 == 0 ? String.format(Locale.ROOT, "::%x", g3) : String.format(Locale.ROOT, "::%x:%x", g2, g3);
        }
        if (g2 == 0 && g3 == 0) {
            return g1 == 0 ? String.format(Locale.ROOT, "%x::", g0) : String.format(Locale.ROOT, "%x:%x::", g0, g1);
        }
        if (g1 == 0 && g2 == 0) {
            return String.format(Locale.ROOT, "%x::%x", g0, g3);
        }
        return String.format(Locale.ROOT, "%x:%x:%x:%x", g0, g1, g2, g3);
    }

    public static String eui(long eui) {
        StringBuilder s = new StringBuilder(23);
        for (int shift = 56; shift >= 0; shift -= 8) {
            if (shift < 56) {
                s.append('-');
            }
            s.append(HEX.toHexDigits((byte) (eui >>> shift)));
        }
        return s.toString();
    }

    /** An EUI as the station reads one: hex digit pairs, dashes (or colons) between them optional. */
    public static long parseEui(String text) {
        String hex = text.replace("-", "").replace(":", "");
        if (hex.length() != 16) {
            throw new IllegalArgumentException("EUI " + text + " is not 8 bytes");
        }
        return Long.parseUnsignedLong(hex, 16);
    }

    private static BigDecimal seconds(double s) {
        return BigDecimal.valueOf(s).setScale(6, RoundingMode.HALF_UP);
    }

    private static long le(byte[] b, int off, int len) {
        long v = 0;
        for (int i = len - 1; i >= 0; i--) {
            v = v << 8 | (b[off + i] & 0xFF);
        }
        return v;
    }
}
