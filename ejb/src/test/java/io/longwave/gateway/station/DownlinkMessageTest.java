package io.longwave.gateway.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.longwave.network.downlink.PendingDownlink;
import io.longwave.network.downlink.TxWindow;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DownlinkMessageTest {

    private static final long XTIME = 0x0100_1234_5678_9ABCL; // above 2^53, exact in the message
    private static final byte[] PHY = {0x60, 0x01, 0x02, (byte) 0xFF};

    private static TxWindow window(String name, long timestamp, long freq, int dr, int delay) {
        return new TxWindow("gw", "0102030405060708", "basicstation", timestamp, 0, freq, dr, "SF9BW125", "4/5", 14,
                name, delay, timestamp < 0 ? 0 : XTIME, timestamp < 0 ? 0 : 3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case        | dC | RxDelay | RX1DR | RX1Freq   | RX2DR | RX2Freq   | xtime echoed
            "RX1 and RX2   | 0  | 5       | 5     | 868100000 | 3     | 869525000 | true",
            "RX2 only      | 0  | 1       |       |           | 3     | 869525000 | true",
            "class C       | 2  | 1       |       |           | 3     | 869525000 | false",
    })
    void dnmsgCarriesTheWindows(String name, int dC, int rxDelay, Integer rx1Dr, Long rx1Freq, int rx2Dr, long rx2Freq,
                                boolean xtime) {
        TxWindow rx2 = window("RX2", dC == 2 ? -1 : 1000, 869_525_000L, 3, rxDelay);
        PendingDownlink d = switch (name) {
            case "RX1 and RX2" -> new PendingDownlink("id", "app/dev", null, -1, PHY,
                    window("RX1", 1000, 868_100_000L, 5, 5), window("RX2", 1000, 869_525_000L, 3, 5), 0, "70b3d57ed0000001");
            default -> new PendingDownlink("id", "app/dev", null, -1, PHY, rx2, null, 0, "70B3D57ED0000001");
        };
        JsonObject m = DownlinkMessage.dnmsg(d, 42, 1.7e9);
        assertEquals("dnmsg", m.getString("msgtype"));
        assertEquals("70-B3-D5-7E-D0-00-00-01", m.getString("DevEui"));
        assertEquals(dC, m.getInt("dC"));
        assertEquals(42, m.getJsonNumber("diid").longValueExact());
        assertEquals("600102FF", m.getString("pdu"));
        assertEquals(rxDelay, m.getInt("RxDelay"));
        assertEquals(rx1Dr == null, !m.containsKey("RX1DR"));
        assertEquals(rx1Freq == null, !m.containsKey("RX1Freq"));
        if (rx1Dr != null) {
            assertEquals(rx1Dr, m.getInt("RX1DR"));
            assertEquals(rx1Freq, m.getJsonNumber("RX1Freq").longValueExact());
        }
        assertEquals(rx2Dr, m.getInt("RX2DR"));
        assertEquals(rx2Freq, m.getJsonNumber("RX2Freq").longValueExact());
        assertEquals(xtime, m.containsKey("xtime"));
        if (xtime) {
            assertEquals(XTIME, m.getJsonNumber("xtime").longValueExact());
            assertEquals(3, m.getInt("rctx"));
        }
        assertEquals(1.7e9, m.getJsonNumber("MuxTime").doubleValue());
        assertFalse(m.toString().contains("runcmd"));
    }

    @ParameterizedTest
    @CsvSource(value = {"0102030405060708, 01-02-03-04-05-06-07-08", "null, 00-00-00-00-00-00-00-00"}, nullValues = "null")
    void devEuiInTheStationsForm(String hex, String expected) {
        assertEquals(expected, DownlinkMessage.devEui(hex));
    }
}
