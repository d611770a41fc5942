package io.longwave.lorawan.mac;

import io.longwave.lorawan.Direction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.lorawan.LorawanException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-checked byte vectors, one or more per command and direction, worked out from the bit tables of
 * LoRaWAN 1.0.4 / 1.1 and the Class B spec. Vectors marked TTS are from The Things Stack's
 * pkg/encoding/lorawan/mac_test.go, those marked CS from ChirpStack's lrwn/src/maccommand.rs tests; the two
 * places where TTS departs from the spec are noted inline.
 */
class MacCommandVectorTest {

    private static final Direction UP = Direction.UPLINK;
    private static final Direction DOWN = Direction.DOWNLINK;

    static Stream<Arguments> vectors() {
        return Stream.of(
                // Uplink (end-device to network)
                Arguments.of(UP, "0101", new ResetInd(1)), // TTS
                Arguments.of(UP, "02", new LinkCheckReq()), // TTS
                Arguments.of(UP, "0307", new LinkAdrAns(true, true, true)), // TTS
                Arguments.of(UP, "0302", new LinkAdrAns(false, true, false)),
                Arguments.of(UP, "0304", new LinkAdrAns(true, false, false)),
                Arguments.of(UP, "04", new DutyCycleAns()), // TTS
                Arguments.of(UP, "0505", new RxParamSetupAns(true, false, true)), // TTS
                Arguments.of(UP, "0502", new RxParamSetupAns(false, true, false)),
                // Margin is a 6-bit two's complement (spec, ChirpStack); TTS writes -16 as 0x2F instead.
                Arguments.of(UP, "064230", new DevStatusAns(0x42, -16)),
                Arguments.of(UP, "06fe0a", new DevStatusAns(254, 10)),
                Arguments.of(UP, "060020", new DevStatusAns(0, -32)),
                Arguments.of(UP, "06ff1f", new DevStatusAns(255, 31)),
                Arguments.of(UP, "06013f", new DevStatusAns(1, -1)),
                Arguments.of(UP, "0702", new NewChannelAns(true, false)), // TTS
                Arguments.of(UP, "0701", new NewChannelAns(false, true)),
                Arguments.of(UP, "08", new RxTimingSetupAns()), // TTS
                Arguments.of(UP, "09", new TxParamSetupAns()), // TTS
                Arguments.of(UP, "0a02", new DlChannelAns(true, false)), // TTS
                Arguments.of(UP, "0a03", new DlChannelAns(true, true)),
                Arguments.of(UP, "0b01", new RekeyInd(1)), // TTS
                Arguments.of(UP, "0c", new AdrParamSetupAns()), // TTS
                Arguments.of(UP, "0d", new DeviceTimeReq()), // TTS
                Arguments.of(UP, "0f01", new RejoinParamSetupAns(true)), // TTS
                Arguments.of(UP, "0f00", new RejoinParamSetupAns(false)),
                Arguments.of(UP, "1007", new PingSlotInfoReq(7)), // TTS
                Arguments.of(UP, "1000", new PingSlotInfoReq(0)),
                Arguments.of(UP, "1102", new PingSlotChannelAns(true, false)), // TTS
                Arguments.of(UP, "1101", new PingSlotChannelAns(false, true)),
                Arguments.of(UP, "12", new BeaconTimingReq()), // TTS
                Arguments.of(UP, "1301", new BeaconFreqAns(true)), // TTS
                Arguments.of(UP, "2000", new DeviceModeInd(DeviceModeInd.CLASS_A)), // TTS
                Arguments.of(UP, "2002", new DeviceModeInd(DeviceModeInd.CLASS_C)),
                // Downlink (network to end-device)
                Arguments.of(DOWN, "0101", new ResetConf(1)), // TTS
                Arguments.of(DOWN, "021403", new LinkCheckAns(20, 3)), // TTS
                Arguments.of(DOWN, "02fe00", new LinkCheckAns(254, 0)),
                Arguments.of(DOWN, "0351070001", new LinkAdrReq(5, 1, 0x0007, 0, 1)),
                Arguments.of(DOWN, "0352040211", new LinkAdrReq(5, 2, 0x0204, 1, 1)), // TTS
                Arguments.of(DOWN, "03ffffff7f", new LinkAdrReq(15, 15, 0xFFFF, 7, 15)),
                Arguments.of(DOWN, "0300000060", new LinkAdrReq(0, 0, 0, 6, 0)),
                Arguments.of(DOWN, "040d", new DutyCycleReq(13)), // TTS
                Arguments.of(DOWN, "055c42ffff", new RxParamSetupReq(5, 12, 1_677_702_600L)), // TTS
                Arguments.of(DOWN, "0500d2ad84", new RxParamSetupReq(0, 0, 869_525_000L)),
                Arguments.of(DOWN, "06", new DevStatusReq()), // TTS
                Arguments.of(DOWN, "070fffff4242", new NewChannelReq(15, 0x42FFFFL * 100, 2, 4)), // TTS
                Arguments.of(DOWN, "070f00000042", new NewChannelReq(15, 0, 2, 4)), // TTS
                Arguments.of(DOWN, "0703184f8450", new NewChannelReq(3, 867_100_000L, 0, 5)),
                Arguments.of(DOWN, "080f", new RxTimingSetupReq(15)), // TTS
                Arguments.of(DOWN, "0801", new RxTimingSetupReq(1)),
                Arguments.of(DOWN, "092f", new TxParamSetupReq(true, false, 15)), // TTS
                Arguments.of(DOWN, "0915", new TxParamSetupReq(false, true, 5)),
                Arguments.of(DOWN, "0a04ffff42", new DlChannelReq(4, 0x42FFFFL * 100)), // TTS
                Arguments.of(DOWN, "0b01", new RekeyConf(1)), // TTS
                Arguments.of(DOWN, "0c42", new AdrParamSetupReq(4, 2)), // TTS
                Arguments.of(DOWN, "0dffffff4242", new DeviceTimeAns(0x42FF_FFFFL, 0x42)), // TTS
                Arguments.of(DOWN, "0dffffffff80", new DeviceTimeAns(0xFFFF_FFFFL, 0x80)),
                // ForceRejoinReq is one little-endian 16-bit field (spec, ChirpStack); TTS sends 3f 2d here.
                Arguments.of(DOWN, "0e2d3f", new ForceRejoinReq(7, 7, 2, 13)),
                Arguments.of(DOWN, "0e050a", new ForceRejoinReq(1, 2, 0, 5)),
                Arguments.of(DOWN, "0e1000", new ForceRejoinReq(0, 0, 1, 0)),
                Arguments.of(DOWN, "0f42", new RejoinParamSetupReq(4, 2)), // TTS
                Arguments.of(DOWN, "10", new PingSlotInfoAns()), // TTS
                Arguments.of(DOWN, "11ffff420f", new PingSlotChannelReq(0x42FFFFL * 100, 15)), // TTS
                Arguments.of(DOWN, "11d2ad8403", new PingSlotChannelReq(869_525_000L, 3)),
                Arguments.of(DOWN, "12ff4242", new BeaconTimingAns(0x42FF, 0x42)), // TTS
                Arguments.of(DOWN, "13ffff42", new BeaconFreqReq(0x42FFFFL * 100)), // TTS
                Arguments.of(DOWN, "13000000", new BeaconFreqReq(0)),
                Arguments.of(DOWN, "2002", new DeviceModeConf(DeviceModeConf.CLASS_C)), // TTS
                // ChirpStack's table, same encodings
                Arguments.of(DOWN, "020a0f", new LinkCheckAns(10, 15)), // CS
                Arguments.of(DOWN, "0312040045", new LinkAdrReq(1, 2, 0x0004, 4, 5)), // CS
                Arguments.of(DOWN, "053b010204", new RxParamSetupReq(3, 11, 26_265_700L)), // CS
                Arguments.of(UP, "060022", new DevStatusAns(0, -30)), // CS
                Arguments.of(UP, "06ff1e", new DevStatusAns(255, 30)), // CS
                Arguments.of(UP, "067f3f", new DevStatusAns(127, -1)), // CS
                Arguments.of(DOWN, "07030102045a", new NewChannelReq(3, 26_265_700L, 10, 5)), // CS
                Arguments.of(DOWN, "091f", new TxParamSetupReq(false, true, 15)), // CS
                Arguments.of(DOWN, "0a00287684", new DlChannelReq(0, 868_100_000L)), // CS
                Arguments.of(DOWN, "0a01107a84", new DlChannelReq(1, 868_200_000L)), // CS
                Arguments.of(DOWN, "0caf", new AdrParamSetupReq(10, 15)), // CS
                Arguments.of(DOWN, "0d0100000000", new DeviceTimeAns(1, 0)), // CS
                Arguments.of(DOWN, "0d0100000002", new DeviceTimeAns(1, 2)), // CS
                Arguments.of(DOWN, "0e251c", new ForceRejoinReq(3, 4, 2, 5)), // CS
                Arguments.of(DOWN, "0fef", new RejoinParamSetupReq(14, 15)), // CS
                Arguments.of(UP, "1003", new PingSlotInfoReq(3)), // CS
                Arguments.of(DOWN, "1128768405", new PingSlotChannelReq(868_100_000L, 5)), // CS
                Arguments.of(DOWN, "13287684", new BeaconFreqReq(868_100_000L)), // CS
                Arguments.of(DOWN, "2000", new DeviceModeConf(DeviceModeConf.CLASS_A))); // CS
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("vectors")
    void encodesToVector(Direction direction, String hex, MacCommand command) throws LorawanException {
        assertEquals(hex, HexFormat.of().formatHex(MacCommandCodec.encode(List.of(command), direction)));
        assertEquals(command.type().payloadLength(), command.payload().length);
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("vectors")
    void parsesVector(Direction direction, String hex, MacCommand command) throws LorawanException {
        ParsedMacCommands parsed = MacCommandCodec.parse(HexFormat.of().parseHex(hex), direction);
        assertEquals(List.of(command), parsed.requireComplete());
        assertEquals(hex.length() / 2, parsed.stopOffset());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void vectorAgreesWithTypeTable(Direction direction, String hex, MacCommand command) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        assertEquals(direction, command.direction());
        assertEquals(bytes[0] & 0xFF, command.cid());
        assertEquals(bytes.length - 1, command.type().payloadLength());
    }
}
