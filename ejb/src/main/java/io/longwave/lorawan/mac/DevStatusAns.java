package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Answer to DevStatusReq (uplink). Payload: Battery (0 external power, 1..254 level, 255 unknown), then
 * RFU bits 7:6 and Margin bits 5:0, a signed 6-bit SNR in dB (-32..31) of the last DevStatusReq.
 */
public record DevStatusAns(int battery, int margin) implements MacCommand {

    private static final int MIN_MARGIN = -32;
    private static final int MAX_MARGIN = 31;

    @Override
    public MacCommandType type() {
        return MacCommandType.DEV_STATUS_ANS;
    }

    @Override
    public byte[] payload() throws LorawanException {
        return new PayloadWriter(2)
                .u8(FieldCheck.range("DevStatusAns", "battery", battery, 0, 0xFF))
                .u8(FieldCheck.range("DevStatusAns", "margin", margin, MIN_MARGIN, MAX_MARGIN) & 0x3F)
                .toBytes();
    }

    static DevStatusAns decode(PayloadReader in) {
        int battery = in.u8();
        // Shift the 6-bit field to the top of the int and back to sign-extend it.
        int margin = (in.u8() << 26) >> 26;
        return new DevStatusAns(battery, margin);
    }
}
