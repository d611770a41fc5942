package io.longwave.lorawan.mac;

import io.longwave.lorawan.Direction;

import io.longwave.lorawan.LorawanException;

/**
 * One LoRaWAN MAC command in one direction. Records carry field values as plain numbers; {@link #payload()}
 * refuses values outside what the field allows, so a command that encodes is always valid on air.
 */
public sealed interface MacCommand permits
        ResetInd, ResetConf, LinkCheckReq, LinkCheckAns, LinkAdrReq, LinkAdrAns, DutyCycleReq, DutyCycleAns,
        RxParamSetupReq, RxParamSetupAns, DevStatusReq, DevStatusAns, NewChannelReq, NewChannelAns,
        RxTimingSetupReq, RxTimingSetupAns, TxParamSetupReq, TxParamSetupAns, DlChannelReq, DlChannelAns,
        RekeyInd, RekeyConf, AdrParamSetupReq, AdrParamSetupAns, DeviceTimeReq, DeviceTimeAns, ForceRejoinReq,
        RejoinParamSetupReq, RejoinParamSetupAns, PingSlotInfoReq, PingSlotInfoAns, PingSlotChannelReq,
        PingSlotChannelAns, BeaconTimingReq, BeaconTimingAns, BeaconFreqReq, BeaconFreqAns, DeviceModeInd,
        DeviceModeConf {

    MacCommandType type();

    default int cid() {
        return type().cid();
    }

    default Direction direction() {
        return type().direction();
    }

    /** The bytes after the CID, exactly {@code type().payloadLength()} of them; RFU bits are zero. */
    byte[] payload() throws LorawanException;
}
