package io.longwave.gateway.station;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Frames from shared/vectors (an independent encoder) and hand-made ones, as a station splits them. */
class StationUplinkParserTest {

    private static final String UPINFO = "\"DR\":5,\"Freq\":868100000,\"RefTime\":0,"
            + "\"upinfo\":{\"rctx\":0,\"xtime\":1311768467463790321,\"gpstime\":0,\"fts\":-1,\"rssi\":-60,\"snr\":9.25,\"rxtime\":1.7E9}";

    static JsonObject json(String text) {
        try (JsonReader r = Jsonp.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // vectors: unconfirmed up, ADR+ACK, DevAddr and MIC negative as signed 32-bit
            "vector updf 1 | {\"msgtype\":\"updf\",\"MHdr\":64,\"DevAddr\":-922049093,\"FCtrl\":160,\"FCnt\":3,\"FOpts\":\"\",\"FPort\":1,\"FRMPayload\":\"02\",\"MIC\":-479969936, | 40BBA50AC9A003000102703D64E3",
            "MIC unsigned    | {\"msgtype\":\"updf\",\"MHdr\":64,\"DevAddr\":3372918203,\"FCtrl\":160,\"FCnt\":3,\"FOpts\":\"\",\"FPort\":1,\"FRMPayload\":\"02\",\"MIC\":3814997360, | 40BBA50AC9A003000102703D64E3",
            "vector updf 2   | {\"msgtype\":\"updf\",\"MHdr\":128,\"DevAddr\":4077407,\"FCtrl\":0,\"FCnt\":103,\"FOpts\":\"\",\"FPort\":2,\"FRMPayload\":\"9B2B2492B9ED\",\"MIC\":819957536, | 805F373E00006700029B2B2492B9ED208FDF30",
            "no FPort        | {\"msgtype\":\"updf\",\"MHdr\":64,\"DevAddr\":637606874,\"FCtrl\":3,\"FCnt\":65535,\"FOpts\":\"0203ff\",\"FPort\":-1,\"FRMPayload\":\"\",\"MIC\":-559038737, | 40DA1B012603FFFF0203FFEFBEADDE",
            "vector jreq     | {\"msgtype\":\"jreq\",\"MHdr\":0,\"JoinEui\":\"70-67-6E-43-E9-1A-E1-BF\",\"DevEui\":\"71-F2-C0-C6-C7-20-02-3B\",\"DevNonce\":59909,\"MIC\":-1014533805, | 00BFE11AE9436E67703B0220C7C6C0F27105EA537187C3",
            "rejoin          | {\"msgtype\":\"rejoin\",\"MHdr\":192,\"JoinEui\":\"70-67-6E-43-E9-1A-E1-BF\",\"DevEui\":\"71-F2-C0-C6-C7-20-02-3B\",\"DevNonce\":59909,\"MIC\":-1014533805, | C0BFE11AE9436E67703B0220C7C6C0F27105EA537187C3",
            "propdf          | {\"msgtype\":\"propdf\",\"FRMPayload\":\"E0010203\", | E0010203",
    })
    void rebuildsThePhyPayloadByteForByte(String name, String fields, String phyHex) throws Exception {
        StationUplink up = StationUplinkParser.parse(json(fields + UPINFO + "}"));
        assertEquals(phyHex, HexFormat.of().withUpperCase().formatHex(up.phyPayload()));
        assertEquals(1311768467463790321L, up.xtime(), "xtime above 2^53 kept exactly");
        assertEquals(0x9ABCDEF1L, up.timestamp(), "timestamp: the low 32 bits of xtime");
        assertEquals(5, up.dataRate());
        assertEquals(868_100_000L, up.frequencyHz());
        assertEquals(-60, up.rssi());
        assertEquals(9.25, up.snr());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "xtime a fraction | {\"msgtype\":\"propdf\",\"FRMPayload\":\"E0\",\"DR\":5,\"Freq\":868100000,\"upinfo\":{\"xtime\":1.5,\"rssi\":-1,\"snr\":1}}                   | bad_uplink | xtime",
            "xtime too big    | {\"msgtype\":\"propdf\",\"FRMPayload\":\"E0\",\"DR\":5,\"Freq\":868100000,\"upinfo\":{\"xtime\":9223372036854775808,\"rssi\":-1,\"snr\":1}} | bad_uplink | xtime",
            "no upinfo        | {\"msgtype\":\"propdf\",\"FRMPayload\":\"E0\",\"DR\":5,\"Freq\":868100000}                                                          | bad_uplink | upinfo",
            "DR above 15      | {\"msgtype\":\"propdf\",\"FRMPayload\":\"E0\",\"DR\":16,\"Freq\":868100000,\"upinfo\":{\"xtime\":1,\"rssi\":-1,\"snr\":1}}                 | bad_uplink | DR",
            "not hex          | {\"msgtype\":\"propdf\",\"FRMPayload\":\"XY\",\"DR\":5,\"Freq\":868100000,\"upinfo\":{\"xtime\":1,\"rssi\":-1,\"snr\":1}}                 | bad_uplink | FRMPayload",
            "MIC above 32 bit | {\"msgtype\":\"updf\",\"MHdr\":64,\"DevAddr\":1,\"FCtrl\":0,\"FCnt\":0,\"FPort\":1,\"FRMPayload\":\"\",\"MIC\":4294967296,\"DR\":5,\"Freq\":868100000,\"upinfo\":{\"xtime\":1,\"rssi\":-1,\"snr\":1}} | bad_uplink | MIC",
            "MIC missing      | {\"msgtype\":\"updf\",\"MHdr\":64,\"DevAddr\":1,\"FCtrl\":0,\"FCnt\":0,\"FPort\":1,\"FRMPayload\":\"\",\"DR\":5,\"Freq\":868100000,\"upinfo\":{\"xtime\":1,\"rssi\":-1,\"snr\":1}} | bad_uplink | MIC",
            "payload no port  | {\"msgtype\":\"updf\",\"MHdr\":64,\"DevAddr\":1,\"FCtrl\":0,\"FCnt\":0,\"FPort\":-1,\"FRMPayload\":\"01\",\"MIC\":1,\"DR\":5,\"Freq\":868100000,\"upinfo\":{\"xtime\":1,\"rssi\":-1,\"snr\":1}} | bad_uplink | FPort",
            "bad EUI          | {\"msgtype\":\"jreq\",\"MHdr\":0,\"JoinEui\":\"zz\",\"DevEui\":\"01-02-03-04-05-06-07-08\",\"DevNonce\":1,\"MIC\":1,\"DR\":5,\"Freq\":868100000,\"upinfo\":{\"xtime\":1,\"rssi\":-1,\"snr\":1}} | bad_uplink | JoinEui",
            "not an uplink    | {\"msgtype\":\"dnmsg\"}                                                                                                   | unknown_msgtype | dnmsg",
    })
    void refusesWhatItCannotRebuildExactly(String name, String message, String reason, String mentions) {
        BadStationMessage e = assertThrows(BadStationMessage.class, () -> StationUplinkParser.parse(json(message)));
        assertEquals(reason, e.reason());
        assertTrue(e.getMessage().contains(mentions), e.getMessage());
    }
}
