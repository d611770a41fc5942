package io.longwave.cli.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.cli.api.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimPacketTest {

    @ParameterizedTest(name = "rxpk {1} Hz {2} snr {4}")
    @CsvSource({
            "0, 868100000, SF7BW125, -60, 5.0, 868.1",
            "4294967295, 867500000, SF12BW125, -119, -17.5, 867.5",
            "123456, 902300000, SF10BW125, -80, 7.25, 902.3",
    })
    void rxpkJson(long tmst, long freqHz, String datr, int rssi, double lsnr, String freqText) {
        byte[] data = {0x40, 1, 2, 3, 4, 0, 0, 0, 1, 5, 6, 7, 8, 9};
        Rxpk rxpk = new Rxpk("2024-05-01T10:00:00.123456Z", tmst, 2, 1, freqHz, datr, "4/5", rssi, lsnr, data);
        JsonObject push = Jsons.parseObject(Rxpk.pushData(List.of(rxpk, rxpk)));
        JsonArray array = push.getJsonArray("rxpk");
        assertEquals(2, array.size());
        JsonObject o = array.getJsonObject(0);
        assertEquals("2024-05-01T10:00:00.123456Z", o.getString("time"));
        assertEquals(tmst, o.getJsonNumber("tmst").longValueExact());
        assertEquals(2, o.getInt("chan"));
        assertEquals(1, o.getInt("rfch"));
        assertEquals(new BigDecimal(freqText), o.getJsonNumber("freq").bigDecimalValue().stripTrailingZeros());
        assertEquals(1, o.getInt("stat"));
        assertEquals("LORA", o.getString("modu"));
        assertEquals(datr, o.getString("datr"));
        assertEquals("4/5", o.getString("codr"));
        assertEquals(rssi, o.getInt("rssi"));
        assertEquals(Math.round(lsnr * 10) / 10.0, o.getJsonNumber("lsnr").doubleValue(), 1e-9);
        assertEquals(data.length, o.getInt("size"));
        assertArrayEquals(data, Base64.getDecoder().decode(o.getString("data")));
    }

    @ParameterizedTest(name = "type {0} token {1}")
    @CsvSource({
            "0, 0, 5349474700000001, '{\"rxpk\":[]}', 12",
            "2, 65535, 0102030405060708, '', 12",
            "5, 4660, FFFFFFFFFFFFFFFF, '{\"txpk_ack\":{\"error\":\"NONE\"}}', 12",
            "1, 4660, 0, '', 4",
            "4, 1, 0, '', 4",
            "3, 513, 0, '{\"txpk\":{}}', 4",
    })
    void semtechHeader(int type, int token, String euiHex, String json, int header) {
        long eui = Long.parseUnsignedLong(euiHex, 16);
        SemtechPacket p = new SemtechPacket(2, token, type, header == 12 ? eui : 0,
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] wire = p.encode();
        assertEquals(header + json.length(), wire.length);
        assertEquals(2, wire[0]);
        assertEquals(token >>> 8, wire[1] & 0xFF);
        assertEquals(token & 0xFF, wire[2] & 0xFF);
        assertEquals(type, wire[3]);
        SemtechPacket back = SemtechPacket.decode(wire, wire.length);
        assertEquals(token, back.token());
        assertEquals(type, back.type());
        assertEquals(header == 12 ? eui : 0, back.gatewayEui());
        assertEquals(json, back.jsonText());
    }

    @ParameterizedTest
    @CsvSource({"3", "9"})
    void badDatagrams(int length) {
        byte[] wire = {2, 0, 1, (byte) (length == 3 ? 1 : 9), 0, 0, 0, 0, 0};
        assertThrows(IllegalArgumentException.class, () -> SemtechPacket.decode(wire, length));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"txpk\":{\"imme\":false,\"tmst\":4294967000,\"freq\":868.1,\"rfch\":0,\"powe\":14,\"modu\":\"LORA\",\"datr\":\"SF7BW125\",\"codr\":\"4/5\",\"ipol\":true,\"size\":3,\"data\":\"YAEC\"}}|false|4294967000",
            "{\"txpk\":{\"imme\":true,\"freq\":869.525,\"datr\":\"SF9BW125\",\"data\":\"YAEC\"}}|true|0",
    })
    void txpk(String json, boolean immediate, long tmst) {
        Txpk t = Txpk.parse(json);
        assertEquals(immediate, t.immediate());
        assertEquals(tmst, t.tmst());
        assertArrayEquals(new byte[] {0x60, 1, 2}, t.data());
        assertTrue(t.frequencyMHz() > 868);
        assertFalse(t.datr().isEmpty());
        assertEquals("TOO_LATE", Jsons.parseObject(Txpk.txAck("TOO_LATE")).getJsonObject("txpk_ack").getString("error"));
    }
}
