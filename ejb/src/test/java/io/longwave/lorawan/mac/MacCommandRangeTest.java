package io.longwave.lorawan.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.LorawanException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every field refuses the first value past each end of its range, naming the field in the message. */
class MacCommandRangeTest {

    private static final long EU_RX2_HZ = 869_525_000L;
    private static final long PAST_24_BITS_HZ = 0x100_0000L * 100;

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of(new ResetInd(16), "minor"),
                Arguments.of(new ResetConf(-1), "minor"),
                Arguments.of(new RekeyInd(16), "minor"),
                Arguments.of(new RekeyConf(-1), "minor"),
                Arguments.of(new LinkCheckAns(255, 0), "margin"),
                Arguments.of(new LinkCheckAns(-1, 0), "margin"),
                Arguments.of(new LinkCheckAns(0, 256), "gatewayCount"),
                Arguments.of(new LinkAdrReq(16, 0, 0, 0, 0), "dataRate"),
                Arguments.of(new LinkAdrReq(0, 16, 0, 0, 0), "txPower"),
                Arguments.of(new LinkAdrReq(0, 0, 0x1_0000, 0, 0), "chMask"),
                Arguments.of(new LinkAdrReq(0, 0, -1, 0, 0), "chMask"),
                Arguments.of(new LinkAdrReq(0, 0, 0, 8, 0), "chMaskCntl"),
                Arguments.of(new LinkAdrReq(0, 0, 0, 0, 16), "nbTrans"),
                Arguments.of(new DutyCycleReq(16), "maxDutyCycle"),
                Arguments.of(new RxParamSetupReq(8, 0, EU_RX2_HZ), "rx1DrOffset"),
                Arguments.of(new RxParamSetupReq(0, 16, EU_RX2_HZ), "rx2DataRate"),
                Arguments.of(new RxParamSetupReq(0, 0, EU_RX2_HZ + 50), "frequencyHz"),
                Arguments.of(new RxParamSetupReq(0, 0, -100), "frequencyHz"),
                Arguments.of(new RxParamSetupReq(0, 0, PAST_24_BITS_HZ), "frequencyHz"),
                Arguments.of(new DevStatusAns(256, 0), "battery"),
                Arguments.of(new DevStatusAns(-1, 0), "battery"),
                Arguments.of(new DevStatusAns(0, 32), "margin"),
                Arguments.of(new DevStatusAns(0, -33), "margin"),
                Arguments.of(new NewChannelReq(256, EU_RX2_HZ, 0, 5), "channelIndex"),
                Arguments.of(new NewChannelReq(3, PAST_24_BITS_HZ, 0, 5), "frequencyHz"),
                Arguments.of(new NewChannelReq(3, EU_RX2_HZ, 16, 5), "minDataRate"),
                Arguments.of(new NewChannelReq(3, EU_RX2_HZ, 0, 16), "maxDataRate"),
                Arguments.of(new RxTimingSetupReq(16), "delay"),
                Arguments.of(new TxParamSetupReq(false, false, 16), "maxEirp"),
                Arguments.of(new DlChannelReq(-1, EU_RX2_HZ), "channelIndex"),
                Arguments.of(new DlChannelReq(0, 1), "frequencyHz"),
                Arguments.of(new AdrParamSetupReq(16, 0), "limitExponent"),
                Arguments.of(new AdrParamSetupReq(0, 16), "delayExponent"),
                Arguments.of(new DeviceTimeAns(-1, 0), "gpsSeconds"),
                Arguments.of(new DeviceTimeAns(0x1_0000_0000L, 0), "gpsSeconds"),
                Arguments.of(new DeviceTimeAns(0, 256), "fraction256"),
                Arguments.of(new ForceRejoinReq(8, 0, 0, 0), "period"),
                Arguments.of(new ForceRejoinReq(0, 8, 0, 0), "maxRetries"),
                Arguments.of(new ForceRejoinReq(0, 0, 3, 0), "rejoinType"),
                Arguments.of(new ForceRejoinReq(0, 0, 0, 16), "dataRate"),
                Arguments.of(new RejoinParamSetupReq(16, 0), "maxTimeN"),
                Arguments.of(new RejoinParamSetupReq(0, 16), "maxCountN"),
                Arguments.of(new PingSlotInfoReq(8), "periodicity"),
                Arguments.of(new PingSlotChannelReq(EU_RX2_HZ, 16), "dataRate"),
                Arguments.of(new PingSlotChannelReq(99, 0), "frequencyHz"),
                Arguments.of(new BeaconTimingAns(0x1_0000, 0), "delay"),
                Arguments.of(new BeaconTimingAns(0, 256), "channel"),
                Arguments.of(new BeaconFreqReq(PAST_24_BITS_HZ), "frequencyHz"),
                Arguments.of(new DeviceModeInd(1), "deviceClass"),
                Arguments.of(new DeviceModeConf(3), "deviceClass"));
    }

    @ParameterizedTest(name = "{0} refused for {1}")
    @MethodSource("outOfRange")
    void encodeRefusesOutOfRangeField(MacCommand command, String field) {
        LorawanException e = assertThrows(LorawanException.class,
                () -> MacCommandCodec.encode(List.of(command), command.direction()));
        assertEquals(LorawanException.Reason.BAD_FIELD, e.reason());
        assertTrue(e.getMessage().contains(command.getClass().getSimpleName() + "." + field), e.getMessage());
    }
}
