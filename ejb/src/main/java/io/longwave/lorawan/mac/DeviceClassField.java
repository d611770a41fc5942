package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/** The Class byte of DeviceModeInd/Conf: 0x00 is class A, 0x02 is class C, every other value is RFU. */
final class DeviceClassField {

    static final int CLASS_A = 0x00;
    static final int CLASS_C = 0x02;

    private DeviceClassField() {
    }

    static int check(String command, int deviceClass) throws LorawanException {
        if (deviceClass != CLASS_A && deviceClass != CLASS_C) {
            throw new LorawanException(LorawanException.Reason.BAD_FIELD,
                    command + ".deviceClass = " + deviceClass + " is RFU; only 0 (class A) and 2 (class C) exist");
        }
        return deviceClass;
    }
}
