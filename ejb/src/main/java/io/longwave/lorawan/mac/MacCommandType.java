package io.longwave.lorawan.mac;

import io.longwave.lorawan.Direction;

import io.longwave.lorawan.LorawanException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every MAC command of LoRaWAN 1.0.4 / 1.1 (including Class B and DeviceMode) with its CID, direction and
 * fixed payload length (bytes after the CID), as given in the command tables of the specifications.
 */
public enum MacCommandType {
    RESET_IND(0x01, Direction.UPLINK, 1, ResetInd::decode),
    RESET_CONF(0x01, Direction.DOWNLINK, 1, ResetConf::decode),
    LINK_CHECK_REQ(0x02, Direction.UPLINK, 0, in -> new LinkCheckReq()),
    LINK_CHECK_ANS(0x02, Direction.DOWNLINK, 2, LinkCheckAns::decode),
    LINK_ADR_REQ(0x03, Direction.DOWNLINK, 4, LinkAdrReq::decode),
    LINK_ADR_ANS(0x03, Direction.UPLINK, 1, LinkAdrAns::decode),
    DUTY_CYCLE_REQ(0x04, Direction.DOWNLINK, 1, DutyCycleReq::decode),
    DUTY_CYCLE_ANS(0x04, Direction.UPLINK, 0, in -> new DutyCycleAns()),
    RX_PARAM_SETUP_REQ(0x05, Direction.DOWNLINK, 4, RxParamSetupReq::decode),
    RX_PARAM_SETUP_ANS(0x05, Direction.UPLINK, 1, RxParamSetupAns::decode),
    DEV_STATUS_REQ(0x06, Direction.DOWNLINK, 0, in -> new DevStatusReq()),
    DEV_STATUS_ANS(0x06, Direction.UPLINK, 2, DevStatusAns::decode),
    NEW_CHANNEL_REQ(0x07, Direction.DOWNLINK, 5, NewChannelReq::decode),
    NEW_CHANNEL_ANS(0x07, Direction.UPLINK, 1, NewChannelAns::decode),
    RX_TIMING_SETUP_REQ(0x08, Direction.DOWNLINK, 1, RxTimingSetupReq::decode),
    RX_TIMING_SETUP_ANS(0x08, Direction.UPLINK, 0, in -> new RxTimingSetupAns()),
    TX_PARAM_SETUP_REQ(0x09, Direction.DOWNLINK, 1, TxParamSetupReq::decode),
    TX_PARAM_SETUP_ANS(0x09, Direction.UPLINK, 0, in -> new TxParamSetupAns()),
    DL_CHANNEL_REQ(0x0A, Direction.DOWNLINK, 4, DlChannelReq::decode),
    DL_CHANNEL_ANS(0x0A, Direction.UPLINK, 1, DlChannelAns::decode),
    REKEY_IND(0x0B, Direction.UPLINK, 1, RekeyInd::decode),
    REKEY_CONF(0x0B, Direction.DOWNLINK, 1, RekeyConf::decode),
    ADR_PARAM_SETUP_REQ(0x0C, Direction.DOWNLINK, 1, AdrParamSetupReq::decode),
    ADR_PARAM_SETUP_ANS(0x0C, Direction.UPLINK, 0, in -> new AdrParamSetupAns()),
    DEVICE_TIME_REQ(0x0D, Direction.UPLINK, 0, in -> new DeviceTimeReq()),
    DEVICE_TIME_ANS(0x0D, Direction.DOWNLINK, 5, DeviceTimeAns::decode),
    FORCE_REJOIN_REQ(0x0E, Direction.DOWNLINK, 2, ForceRejoinReq::decode),
    REJOIN_PARAM_SETUP_REQ(0x0F, Direction.DOWNLINK, 1, RejoinParamSetupReq::decode),
    REJOIN_PARAM_SETUP_ANS(0x0F, Direction.UPLINK, 1, RejoinParamSetupAns::decode),
    PING_SLOT_INFO_REQ(0x10, Direction.UPLINK, 1, PingSlotInfoReq::decode),
    PING_SLOT_INFO_ANS(0x10, Direction.DOWNLINK, 0, in -> new PingSlotInfoAns()),
    PING_SLOT_CHANNEL_REQ(0x11, Direction.DOWNLINK, 4, PingSlotChannelReq::decode),
    PING_SLOT_CHANNEL_ANS(0x11, Direction.UPLINK, 1, PingSlotChannelAns::decode),
    BEACON_TIMING_REQ(0x12, Direction.UPLINK, 0, in -> new BeaconTimingReq()),
    BEACON_TIMING_ANS(0x12, Direction.DOWNLINK, 3, BeaconTimingAns::decode),
    BEACON_FREQ_REQ(0x13, Direction.DOWNLINK, 3, BeaconFreqReq::decode),
    BEACON_FREQ_ANS(0x13, Direction.UPLINK, 1, BeaconFreqAns::decode),
    DEVICE_MODE_IND(0x20, Direction.UPLINK, 1, DeviceModeInd::decode),
    DEVICE_MODE_CONF(0x20, Direction.DOWNLINK, 1, DeviceModeConf::decode);

    /** Decodes one payload whose full length the codec has already checked. */
    @FunctionalInterface
    interface Decoder {
        MacCommand decode(PayloadReader in) throws LorawanException;
    }

    /** CIDs 0x80..0xFF are reserved for proprietary network command extensions. */
    public static final int FIRST_PROPRIETARY_CID = 0x80;

    private static final Map<Integer, MacCommandType> UPLINK = index(Direction.UPLINK);
    private static final Map<Integer, MacCommandType> DOWNLINK = index(Direction.DOWNLINK);

    private final int cid;
    private final Direction direction;
    private final int payloadLength;
    private final Decoder decoder;

    MacCommandType(int cid, Direction direction, int payloadLength, Decoder decoder) {
        this.cid = cid;
        this.direction = direction;
        this.payloadLength = payloadLength;
        this.decoder = decoder;
    }

    public int cid() {
        return cid;
    }

    public Direction direction() {
        return direction;
    }

    /** Bytes that follow the CID on air. */
    public int payloadLength() {
        return payloadLength;
    }

    Decoder decoder() {
        return decoder;
    }

    /** The command this CID denotes in this direction, empty for unknown, proprietary or one-way CIDs. */
    public static Optional<MacCommandType> find(int cid, Direction direction) {
        if (direction == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((direction == Direction.UPLINK ? UPLINK : DOWNLINK).get(cid));
    }

    private static Map<Integer, MacCommandType> index(Direction direction) {
        return Arrays.stream(values())
                .filter(type -> type.direction == direction)
                .collect(Collectors.toUnmodifiableMap(MacCommandType::cid, Function.identity()));
    }
}
