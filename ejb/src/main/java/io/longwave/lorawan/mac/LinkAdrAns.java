package io.longwave.lorawan.mac;

/** Answer to LinkADRReq (uplink). Payload: RFU bits 7:3, Power ACK bit 2, Data rate ACK bit 1, Channel mask ACK bit 0. */
public record LinkAdrAns(boolean powerAck, boolean dataRateAck, boolean channelMaskAck) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.LINK_ADR_ANS;
    }

    @Override
    public byte[] payload() {
        return new PayloadWriter(1).u8(Flags.of(powerAck, dataRateAck, channelMaskAck)).toBytes();
    }

    static LinkAdrAns decode(PayloadReader in) {
        int status = in.u8();
        return new LinkAdrAns(Flags.bit(status, 2), Flags.bit(status, 1), Flags.bit(status, 0));
    }
}
