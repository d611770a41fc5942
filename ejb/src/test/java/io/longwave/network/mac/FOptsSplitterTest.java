package io.longwave.network.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.mac.DevStatusReq;
import io.longwave.lorawan.mac.DeviceTimeAns;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.LinkCheckAns;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.mac.NewChannelReq;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** FOpts holds 15 bytes; commands are never cut or reordered, and what does not fit is flagged for FPort 0. */
class FOptsSplitterTest {

    private static final MacCommand LINK_CHECK = new LinkCheckAns(20, 1); // 3 bytes
    private static final MacCommand TIME = new DeviceTimeAns(1_000_000, 0); // 6 bytes
    private static final MacCommand ADR = new LinkAdrReq(5, 0, 0xFF, 0, 1); // 5 bytes
    private static final MacCommand STATUS = new DevStatusReq(); // 1 byte
    private static final MacCommand NEW_CH = new NewChannelReq(3, 867_100_000L, 0, 5); // 6 bytes

    static Stream<Arguments> splits() {
        return Stream.of(
                Arguments.of(List.of(), 0, false),
                Arguments.of(List.of(LINK_CHECK, TIME, ADR, STATUS), 4, false), // exactly 15
                Arguments.of(List.of(LINK_CHECK, TIME, NEW_CH, STATUS), 3, true), // 3 + 6 + 6 = 15, then no room
                Arguments.of(List.of(NEW_CH, NEW_CH, NEW_CH), 2, true),
                Arguments.of(List.of(TIME, TIME, STATUS, ADR), 3, true));
    }

    @ParameterizedTest
    @MethodSource("splits")
    void splits(List<MacCommand> commands, int inFOpts, boolean rest) throws LorawanException {
        MacCommandSplit split = FOptsSplitter.split(commands);
        assertEquals(inFOpts, split.fOpts().size());
        assertEquals(rest, split.restNeedsPort0());
        assertEquals(commands, split.all());
        byte[] fOpts = MacCommandCodec.encode(split.fOpts(), Direction.DOWNLINK);
        assertEquals(FOptsSplitter.encodedLength(split.fOpts()), fOpts.length);
        assertEquals(true, fOpts.length <= FOptsSplitter.MAX_FOPTS_BYTES);
    }
}
