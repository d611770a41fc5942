package io.longwave.lorawan.mac;

/** Asks the end-device for battery level and demodulation margin (downlink, no payload). */
public record DevStatusReq() implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.DEV_STATUS_REQ;
    }

    @Override
    public byte[] payload() {
        return new byte[0];
    }
}
