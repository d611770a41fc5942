package io.longwave.lorawan.mac;

/** Asks the network for the current GPS time (uplink, no payload). */
public record DeviceTimeReq() implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.DEVICE_TIME_REQ;
    }

    @Override
    public byte[] payload() {
        return new byte[0];
    }
}
