package io.longwave.lorawan.mac;

import io.longwave.lorawan.Direction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parsing keeps the commands before a problem and reports where and why it stopped. */
class MacCommandParseStopTest {

    private static final Direction UP = Direction.UPLINK;
    private static final Direction DOWN = Direction.DOWNLINK;

    static Stream<Arguments> stops() {
        return Stream.of(
                Arguments.of(UP, "", List.of(), ParseStop.COMPLETE, 0),
                Arguments.of(UP, "020307", List.of(new LinkCheckReq(), new LinkAdrAns(true, true, true)),
                        ParseStop.COMPLETE, 3),
                Arguments.of(UP, "02000307", List.of(new LinkCheckReq()), ParseStop.UNKNOWN_CID, 1),
                Arguments.of(UP, "0214", List.of(new LinkCheckReq()), ParseStop.UNKNOWN_CID, 1),
                Arguments.of(UP, "0d7f", List.of(new DeviceTimeReq()), ParseStop.UNKNOWN_CID, 1),
                Arguments.of(UP, "0e0000", List.of(), ParseStop.UNKNOWN_CID, 0),
                Arguments.of(DOWN, "06800102", List.of(new DevStatusReq()), ParseStop.PROPRIETARY_CID, 1),
                Arguments.of(UP, "ff", List.of(), ParseStop.PROPRIETARY_CID, 0),
                Arguments.of(DOWN, "035107", List.of(), ParseStop.TRUNCATED, 0),
                Arguments.of(DOWN, "0603510700", List.of(new DevStatusReq()), ParseStop.TRUNCATED, 1),
                Arguments.of(UP, "030603", List.of(new LinkAdrAns(true, true, false)), ParseStop.TRUNCATED, 2),
                Arguments.of(DOWN, "0dffffff", List.of(), ParseStop.TRUNCATED, 0),
                Arguments.of(DOWN, "02ff0106", List.of(), ParseStop.INVALID_FIELD, 0),
                Arguments.of(DOWN, "060e3000", List.of(new DevStatusReq()), ParseStop.INVALID_FIELD, 1),
                Arguments.of(UP, "0d2001", List.of(new DeviceTimeReq()), ParseStop.INVALID_FIELD, 1),
                Arguments.of(DOWN, "2003", List.of(), ParseStop.INVALID_FIELD, 0));
    }

    @ParameterizedTest(name = "{0} {1} -> {3} at {4}")
    @MethodSource("stops")
    void stopsCleanly(Direction direction, String hex, List<MacCommand> understood, ParseStop stop, int offset)
            throws LorawanException {
        ParsedMacCommands parsed = MacCommandCodec.parse(HexFormat.of().parseHex(hex), direction);
        assertEquals(understood, parsed.commands());
        assertEquals(stop, parsed.stop());
        assertEquals(offset, parsed.stopOffset());
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("stops")
    void requireCompleteRaisesTypedReason(Direction direction, String hex, List<MacCommand> understood,
            ParseStop stop, int offset) throws LorawanException {
        ParsedMacCommands parsed = MacCommandCodec.parse(HexFormat.of().parseHex(hex), direction);
        switch (stop) {
            case COMPLETE -> assertEquals(understood, parsed.requireComplete());
            case UNKNOWN_CID, PROPRIETARY_CID -> assertEquals(LorawanException.Reason.UNKNOWN_MAC_COMMAND,
                    assertThrows(LorawanException.class, parsed::requireComplete).reason());
            case TRUNCATED, INVALID_FIELD -> assertEquals(LorawanException.Reason.BAD_MAC_COMMAND,
                    assertThrows(LorawanException.class, parsed::requireComplete).reason());
        }
    }

    /** RFU bits are ignored on receipt, as the spec asks of receivers, and written back as zero. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rfuBits")
    void ignoresRfuBits(Direction direction, String received, MacCommand command, String reEncoded)
            throws LorawanException {
        assertEquals(List.of(command), MacCommandCodec.parse(HexFormat.of().parseHex(received), direction)
                .requireComplete());
        assertEquals(reEncoded, HexFormat.of().formatHex(MacCommandCodec.encode(List.of(command), direction)));
    }

    static Stream<Arguments> rfuBits() {
        return Stream.of(
                Arguments.of(UP, "03f8", new LinkAdrAns(false, false, false), "0300"),
                Arguments.of(UP, "06ffe0", new DevStatusAns(255, -32), "06ff20"),
                Arguments.of(UP, "06ffdf", new DevStatusAns(255, 31), "06ff1f"),
                Arguments.of(UP, "01f1", new ResetInd(1), "0101"),
                Arguments.of(UP, "10ff", new PingSlotInfoReq(7), "1007"),
                Arguments.of(UP, "0ffe", new RejoinParamSetupAns(false), "0f00"),
                Arguments.of(DOWN, "03000000ff", new LinkAdrReq(0, 0, 0, 7, 15), "030000007f"),
                Arguments.of(DOWN, "04f3", new DutyCycleReq(3), "0403"),
                Arguments.of(DOWN, "05ff000000", new RxParamSetupReq(7, 15, 0), "057f000000"),
                Arguments.of(DOWN, "09c0", new TxParamSetupReq(false, false, 0), "0900"),
                Arguments.of(DOWN, "0e80c0", new ForceRejoinReq(0, 0, 0, 0), "0e0000"),
                Arguments.of(DOWN, "11000000f2", new PingSlotChannelReq(0, 2), "1100000002"));
    }

    @Test
    void nullInputIsTypedError() {
        assertEquals(LorawanException.Reason.BAD_MAC_COMMAND, assertThrows(LorawanException.class,
                () -> MacCommandCodec.parse(null, UP)).reason());
        assertEquals(LorawanException.Reason.BAD_MAC_COMMAND, assertThrows(LorawanException.class,
                () -> MacCommandCodec.parse(new byte[0], null)).reason());
        assertEquals(LorawanException.Reason.BAD_MAC_COMMAND, assertThrows(LorawanException.class,
                () -> MacCommandCodec.encode(null, UP)).reason());
        assertEquals(LorawanException.Reason.BAD_MAC_COMMAND, assertThrows(LorawanException.class,
                () -> MacCommandCodec.encode(List.of(), null)).reason());
        List<MacCommand> withNull = new ArrayList<>(Arrays.asList(new LinkCheckReq(), null));
        assertEquals(LorawanException.Reason.BAD_MAC_COMMAND, assertThrows(LorawanException.class,
                () -> MacCommandCodec.encode(withNull, UP)).reason());
    }

    @Test
    void encodeRefusesCommandOfOtherDirection() {
        LorawanException e = assertThrows(LorawanException.class,
                () -> MacCommandCodec.encode(List.of(new LinkCheckReq(), new LinkCheckAns(1, 1)), UP));
        assertEquals(LorawanException.Reason.BAD_MAC_COMMAND, e.reason());
    }
}
