package io.longwave.lorawan.mac;

import io.longwave.lorawan.Direction;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded generator of valid commands with every field drawn from its full allowed range. */
final class RandomMacCommands {

    private final Random random;

    RandomMacCommands(long seed) {
        this.random = new Random(seed);
    }

    List<MacCommand> list(Direction direction, int maxSize) {
        List<MacCommandType> types = new ArrayList<>();
        for (MacCommandType type : MacCommandType.values()) {
            if (type.direction() == direction) {
                types.add(type);
            }
        }
        int size = random.nextInt(maxSize + 1);
        List<MacCommand> commands = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            commands.add(of(types.get(random.nextInt(types.size()))));
        }
        return commands;
    }

    MacCommand of(MacCommandType type) {
        return switch (type) {
            case RESET_IND -> new ResetInd(bits(4));
            case RESET_CONF -> new ResetConf(bits(4));
            case LINK_CHECK_REQ -> new LinkCheckReq();
            case LINK_CHECK_ANS -> new LinkCheckAns(random.nextInt(255), bits(8));
            case LINK_ADR_REQ -> new LinkAdrReq(bits(4), bits(4), bits(16), bits(3), bits(4));
            case LINK_ADR_ANS -> new LinkAdrAns(flag(), flag(), flag());
            case DUTY_CYCLE_REQ -> new DutyCycleReq(bits(4));
            case DUTY_CYCLE_ANS -> new DutyCycleAns();
            case RX_PARAM_SETUP_REQ -> new RxParamSetupReq(bits(3), bits(4), frequency());
            case RX_PARAM_SETUP_ANS -> new RxParamSetupAns(flag(), flag(), flag());
            case DEV_STATUS_REQ -> new DevStatusReq();
            case DEV_STATUS_ANS -> new DevStatusAns(bits(8), bits(6) - 32);
            case NEW_CHANNEL_REQ -> new NewChannelReq(bits(8), frequency(), bits(4), bits(4));
            case NEW_CHANNEL_ANS -> new NewChannelAns(flag(), flag());
            case RX_TIMING_SETUP_REQ -> new RxTimingSetupReq(bits(4));
            case RX_TIMING_SETUP_ANS -> new RxTimingSetupAns();
            case TX_PARAM_SETUP_REQ -> new TxParamSetupReq(flag(), flag(), bits(4));
            case TX_PARAM_SETUP_ANS -> new TxParamSetupAns();
            case DL_CHANNEL_REQ -> new DlChannelReq(bits(8), frequency());
            case DL_CHANNEL_ANS -> new DlChannelAns(flag(), flag());
            case REKEY_IND -> new RekeyInd(bits(4));
            case REKEY_CONF -> new RekeyConf(bits(4));
            case ADR_PARAM_SETUP_REQ -> new AdrParamSetupReq(bits(4), bits(4));
            case ADR_PARAM_SETUP_ANS -> new AdrParamSetupAns();
            case DEVICE_TIME_REQ -> new DeviceTimeReq();
            case DEVICE_TIME_ANS -> new DeviceTimeAns(random.nextInt() & 0xFFFF_FFFFL, bits(8));
            case FORCE_REJOIN_REQ -> new ForceRejoinReq(bits(3), bits(3), random.nextInt(3), bits(4));
            case REJOIN_PARAM_SETUP_REQ -> new RejoinParamSetupReq(bits(4), bits(4));
            case REJOIN_PARAM_SETUP_ANS -> new RejoinParamSetupAns(flag());
            case PING_SLOT_INFO_REQ -> new PingSlotInfoReq(bits(3));
            case PING_SLOT_INFO_ANS -> new PingSlotInfoAns();
            case PING_SLOT_CHANNEL_REQ -> new PingSlotChannelReq(frequency(), bits(4));
            case PING_SLOT_CHANNEL_ANS -> new PingSlotChannelAns(flag(), flag());
            case BEACON_TIMING_REQ -> new BeaconTimingReq();
            case BEACON_TIMING_ANS -> new BeaconTimingAns(bits(16), bits(8));
            case BEACON_FREQ_REQ -> new BeaconFreqReq(frequency());
            case BEACON_FREQ_ANS -> new BeaconFreqAns(flag());
            case DEVICE_MODE_IND -> new DeviceModeInd(deviceClass());
            case DEVICE_MODE_CONF -> new DeviceModeConf(deviceClass());
        };
    }

    byte[] bytes(int maxLength) {
        byte[] bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    private int bits(int width) {
        return random.nextInt(1 << width);
    }

    private boolean flag() {
        return random.nextBoolean();
    }

    private long frequency() {
        return bits(24) * 100L;
    }

    private int deviceClass() {
        return random.nextBoolean() ? DeviceModeInd.CLASS_A : DeviceModeInd.CLASS_C;
    }
}
