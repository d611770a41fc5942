package io.longwave.lorawan.mac;

/** Asks the network for link margin and gateway count (uplink, no payload). */
public record LinkCheckReq() implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.LINK_CHECK_REQ;
    }

    @Override
    public byte[] payload() {
        return new byte[0];
    }
}
