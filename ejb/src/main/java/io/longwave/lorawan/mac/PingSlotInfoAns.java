package io.longwave.lorawan.mac;

/** Acknowledges a PingSlotInfoReq (downlink, no payload). */
public record PingSlotInfoAns() implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.PING_SLOT_INFO_ANS;
    }

    @Override
    public byte[] payload() {
        return new byte[0];
    }
}
