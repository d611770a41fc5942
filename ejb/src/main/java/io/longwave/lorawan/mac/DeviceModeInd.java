package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * An end-device announces the class it switches to (1.1, uplink).
 * Payload: one Class byte, {@link #CLASS_A} or {@link #CLASS_C}; the other values are RFU and refused.
 */
public record DeviceModeInd(int deviceClass) implements MacCommand {

    public static final int CLASS_A = DeviceClassField.CLASS_A;
    public static final int CLASS_C = DeviceClassField.CLASS_C;

    @Override
    public MacCommandType type() {
        return MacCommandType.DEVICE_MODE_IND;
    }

    @Override
    public byte[] payload() throws LorawanException {
        return new PayloadWriter(1).u8(DeviceClassField.check("DeviceModeInd", deviceClass)).toBytes();
    }

    static DeviceModeInd decode(PayloadReader in) throws LorawanException {
        return new DeviceModeInd(DeviceClassField.check("DeviceModeInd", in.u8()));
    }
}
