package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Answer to DeviceTimeReq (downlink): GPS time at the end of the uplink. Payload: seconds since the GPS epoch
 * (32-bit unsigned, little-endian) then the fractional second in 1/256 s steps.
 */
public record DeviceTimeAns(long gpsSeconds, int fraction256) implements MacCommand {

    private static final long MAX_SECONDS = 0xFFFF_FFFFL;

    @Override
    public MacCommandType type() {
        return MacCommandType.DEVICE_TIME_ANS;
    }

    @Override
    public byte[] payload() throws LorawanException {
        long seconds = FieldCheck.range("DeviceTimeAns", "gpsSeconds", gpsSeconds, 0, MAX_SECONDS);
        int fraction = FieldCheck.range("DeviceTimeAns", "fraction256", fraction256, 0, 0xFF);
        return new PayloadWriter(5).u32(seconds).u8(fraction).toBytes();
    }

    static DeviceTimeAns decode(PayloadReader in) {
        long seconds = in.u32();
        return new DeviceTimeAns(seconds, in.u8());
    }
}
