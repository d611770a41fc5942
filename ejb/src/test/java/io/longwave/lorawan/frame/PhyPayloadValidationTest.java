package io.longwave.lorawan.frame;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhyPayloadValidationTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "empty,                          '',                                                  TOO_SHORT",
            "major 1,                        41BBA50AC9A003000102703D64E3,                        BAD_MAJOR",
            "major 3,                        03,                                                  BAD_MAJOR",
            "data below 12 bytes,            40BBA50AC9A00300010270,                            TOO_SHORT",
            "FOptsLen past MIC,              40BBA50AC9A5030001027030AABB,                        BAD_FOPTS_LEN",
            "FOptsLen 15 in minimal frame,   40BBA50AC90F03000102703D,                            BAD_FOPTS_LEN",
            "FOpts with FPort 0,             40BBA50AC9A10300020000703D64E3,                      FOPTS_WITH_FPORT_0",
            "join-request 22 bytes,          00BFE11AE9436E67703B0220C7C6C0F27105EA537187,        TOO_SHORT",
            "join-request 24 bytes,          00BFE11AE9436E67703B0220C7C6C0F27105EA537187C300,    TOO_LONG",
            "join-accept 16 bytes,           20FBB1EB2B2DDBAB7D40E4834FDCF987,                    BAD_JOIN_ACCEPT",
            "join-accept CFListType 2,       2001020301020301020304000100000000000000000000000000000002AABBCCDD, BAD_CF_LIST",
            "rejoin type 3,                  C003030201080706050403020102010000000000,            BAD_FIELD",
            "rejoin type 0 short,            C000030201080706050403020102011111,                  TOO_SHORT",
            "rejoin type 1 long,             C0010807060504030201080706050403020102011111111100,  TOO_LONG",
            "rejoin without type,            C0,                                                  TOO_SHORT",
    })
    void refusesMalformedFrames(String name, String hex, Reason reason) {
        byte[] phy = HexFormat.of().parseHex(hex);
        LorawanException e = assertThrows(LorawanException.class, () -> PhyPayloadDecoder.decode(phy));
        assertEquals(reason, e.reason(), e.getMessage());
    }

    @ParameterizedTest(name = "{0} bytes refused as too long")
    @CsvSource({"256", "300"})
    void refusesFramesLongerThanLoraAllows(int length) {
        byte[] phy = new byte[length];
        phy[0] = (byte) 0xE0;
        LorawanException e = assertThrows(LorawanException.class, () -> PhyPayloadDecoder.decode(phy));
        assertEquals(Reason.TOO_LONG, e.reason());
    }

    @ParameterizedTest(name = "MACPayload of {0} against limit {1}")
    @CsvSource({
            // 40BBA50AC9A003000102703D64E3: FHDR 7 + FPort 1 + FRMPayload 1 = 9 bytes of MACPayload
            "40BBA50AC9A003000102703D64E3, 9,  true",
            "40BBA50AC9A003000102703D64E3, 8,  false",
            "40BBA50AC9A003000102703D64E3, 59, true",
            "00BFE11AE9436E67703B0220C7C6C0F27105EA537187C3, 18, true",
            "00BFE11AE9436E67703B0220C7C6C0F27105EA537187C3, 17, false",
    })
    void validatesSizeAgainstRegionalLimit(String hex, int max, boolean fits) throws LorawanException {
        PhyPayload p = PhyPayloadDecoder.decode(HexFormat.of().parseHex(hex));
        if (fits) {
            assertDoesNotThrow(() -> p.validateSize(max));
        } else {
            LorawanException e = assertThrows(LorawanException.class, () -> p.validateSize(max));
            assertEquals(Reason.PAYLOAD_TOO_LARGE, e.reason());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "FPort without payload,    40BBA50AC9A0030001703D64E3,  1, 0",
            "no FPort,                 40BBA50AC9A00300703D64E3,    -1, 0",
            "FOpts then FPort 5,       40BBA50AC9A2030002030501AA703D64E3, 5, 2",
    })
    void acceptsOptionalPortAndPayload(String name, String hex, int fPort, int payloadLength) throws LorawanException {
        DataFrame d = (DataFrame) PhyPayloadDecoder.decode(HexFormat.of().parseHex(hex)).macPayload();
        assertEquals(fPort, d.fPort().orElse(-1));
        assertEquals(payloadLength, d.frmPayloadLength());
    }
}
