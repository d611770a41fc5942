package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * The network confirms the class announced by a DeviceModeInd (1.1, downlink).
 * Payload: one Class byte, {@link #CLASS_A} or {@link #CLASS_C}; the other values are RFU and refused.
 */
public record DeviceModeConf(int deviceClass) implements MacCommand {

    public static final int CLASS_A = DeviceClassField.CLASS_A;
    public static final int CLASS_C = DeviceClassField.CLASS_C;

    @Override
    public MacCommandType type() {
        return MacCommandType.DEVICE_MODE_CONF;
    }

    @Override
    public byte[] payload() throws LorawanException {
        return new PayloadWriter(1).u8(DeviceClassField.check("DeviceModeConf", deviceClass)).toBytes();
    }

    static DeviceModeConf decode(PayloadReader in) throws LorawanException {
        return new DeviceModeConf(DeviceClassField.check("DeviceModeConf", in.u8()));
    }
}
