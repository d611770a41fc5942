package io.longwave.cli.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.cli.api.Jsons;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The station's uplink fields, checked against the frame they must rebuild byte for byte (as the server does). */
class StationMessagesTest {

    private static final HexFormat HEX = HexFormat.of();
    /** Session 0xAB: above 2^53, where a double would round the last digits. */
    private static final long XTIME = 0xABL << 48 | 0x0000_1234_5678_9ABDL;

    private static JsonObject parsed(byte[] phy) {
        String text = Jsons.compact(StationMessages.uplink(phy, 1_700_000_000.123456, 5, 868_100_000, XTIME, -73, 7.25,
                1_700_000_001.5));
        return Jsons.parseObject(text);
    }

    @Test
    void dataFrameAsTheStationSplitsIt() {
        // confirmed up, DevAddr DEADBEEF, FCtrl ADR|3 FOpts bytes, FCnt 0x1234, port 1, MIC 0x80000001
        byte[] phy = HEX.parseHex("80" + "EFBEADDE" + "83" + "3412" + "0A0B0C" + "01" + "ABCD" + "01000080");
        JsonObject m = parsed(phy);
        assertEquals("updf", m.getString("msgtype"));
        assertEquals(0x80, m.getInt("MHdr"));
        assertEquals(-559038737, m.getInt("DevAddr"), "DevAddr as a signed 32-bit integer");
        assertEquals(-2147483647, m.getInt("MIC"), "MIC as a signed 32-bit integer");
        assertEquals(0x83, m.getInt("FCtrl"));
        assertEquals(0x1234, m.getInt("FCnt"));
        assertEquals("0A0B0C", m.getString("FOpts"));
        assertEquals(1, m.getInt("FPort"));
        assertEquals("ABCD", m.getString("FRMPayload"));
        assertEquals(5, m.getInt("DR"));
        assertEquals(868_100_000, m.getJsonNumber("Freq").longValueExact());
        assertArrayEquals(phy, rebuild(m));
    }

    @Test
    void frameWithoutPortHasFPortMinusOne() {
        byte[] phy = HEX.parseHex("40" + "04030201" + "00" + "0100" + "11223344");
        JsonObject m = parsed(phy);
        assertEquals(-1, m.getInt("FPort"));
        assertEquals("", m.getString("FRMPayload"));
        assertEquals("", m.getString("FOpts"));
        assertArrayEquals(phy, rebuild(m));
    }

    @Test
    void xtimeIsWrittenExactly() {
        byte[] phy = HEX.parseHex("40" + "04030201" + "00" + "0100" + "11223344");
        String text = Jsons.compact(StationMessages.uplink(phy, 0, 5, 868_100_000, XTIME, -73, 7.25, 0));
        assertTrue(XTIME > 1L << 53);
        assertTrue(text.contains("\"xtime\":" + XTIME), text);
        JsonObject info = Jsons.parseObject(text).getJsonObject("upinfo");
        assertEquals(XTIME, info.getJsonNumber("xtime").longValueExact());
        assertEquals(-73, info.getInt("rssi"));
        assertEquals(0, info.getInt("rctx"));
        assertTrue(text.contains("\"RefTime\":0.000000"), "times with 6 decimals as the station writes them: " + text);
    }

    @Test
    void joinRequestAsJreq() {
        // MHdr 00, JoinEUI 70B3D57ED0000001 and DevEUI 0004A30B001C0530 little endian, DevNonce 0x0102, MIC 0xFFFFFFFE
        byte[] phy = HEX.parseHex("00" + "010000D07ED5B370" + "30051C000BA30400" + "0201" + "FEFFFFFF");
        JsonObject m = parsed(phy);
        assertEquals("jreq", m.getString("msgtype"));
        assertEquals("70-B3-D5-7E-D0-00-00-01", m.getString("JoinEui"));
        assertEquals("00-04-A3-0B-00-1C-05-30", m.getString("DevEui"));
        assertEquals(0x0102, m.getInt("DevNonce"));
        assertEquals(-2, m.getInt("MIC"));
    }

    @Test
    void framesTheStationWouldNotForwardAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> StationMessages.frame(HEX.parseHex("40010203")));
        assertThrows(IllegalArgumentException.class, () -> StationMessages.frame(HEX.parseHex("00" + "01".repeat(20))));
        assertThrows(IllegalArgumentException.class, () -> StationMessages.frame(HEX.parseHex("41" + "00".repeat(12))));
    }

    @ParameterizedTest
    @CsvSource({"B827EBFFFE6151D5, b827:ebff:fe61:51d5", "0000000000000001, ::1", "0000000000010002, ::1:2",
            "0001000000000000, 1::", "0001000200000000, 1:2::", "0001000000000002, 1::2"})
    void routerIdAsId6(String eui, String id6) {
        assertEquals(id6, StationMessages.id6(Long.parseUnsignedLong(eui, 16)));
        assertEquals("{\"router\":\"" + id6 + "\"}", StationMessages.routerInfo(Long.parseUnsignedLong(eui, 16)));
    }

    @Test
    void dntxedEchoesDiidDevEuiAndXtime() {
        Dnmsg d = new Dnmsg(0x5349_4D00_0000_0001L, 0, 1L << 40, new byte[] {0x60}, 1, 5, 868_100_000, 0, 869_525_000,
                java.util.OptionalLong.of(XTIME), 0, 0);
        StationTransmission tx = new StationTransmission(ReceivedDownlink.Window.RX1, XTIME + 1_000_000, 5, 868_100_000,
                900_000);
        JsonObject m = Jsons.parseObject(StationMessages.dntxed(d, tx, 12.5));
        assertEquals("dntxed", m.getString("msgtype"));
        assertEquals(1L << 40, m.getJsonNumber("diid").longValueExact());
        assertEquals(1L << 40, m.getJsonNumber("seqno").longValueExact());
        assertEquals("53-49-4D-00-00-00-00-01", m.getString("DevEui"));
        assertEquals(XTIME + 1_000_000, m.getJsonNumber("xtime").longValueExact());
        assertEquals(868_100_000, m.getJsonNumber("Freq").longValueExact());
        assertEquals(5, m.getInt("DR"));
    }

    /** MHdr | DevAddr LE | FCtrl | FCnt LE | FOpts | FPort | FRMPayload | MIC LE, from the fields. */
    private static byte[] rebuild(JsonObject m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(m.getInt("MHdr"));
        le(out, m.getInt("DevAddr") & 0xFFFF_FFFFL, 4);
        out.write(m.getInt("FCtrl"));
        le(out, m.getInt("FCnt"), 2);
        out.writeBytes(HEX.parseHex(m.getString("FOpts")));
        if (m.getInt("FPort") >= 0) {
            out.write(m.getInt("FPort"));
            out.writeBytes(HEX.parseHex(m.getString("FRMPayload")));
        }
        le(out, m.getInt("MIC") & 0xFFFF_FFFFL, 4);
        return out.toByteArray();
    }

    private static void le(ByteArrayOutputStream out, long v, int n) {
        for (int i = 0; i < n; i++) {
            out.write((int) (v >>> (8 * i)) & 0xFF);
        }
    }
}
