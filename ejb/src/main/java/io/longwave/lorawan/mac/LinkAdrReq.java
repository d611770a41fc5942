package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Network asks the end-device to change data rate, TX power, channel mask and repetitions (downlink).
 * Payload: DataRate_TXPower (DataRate bits 7:4, TXPower bits 3:0), ChMask (16 bits little-endian),
 * Redundancy (RFU bit 7, ChMaskCntl bits 6:4, NbTrans bits 3:0). The meaning of ChMaskCntl values is
 * regional, so every 3-bit value is accepted here.
 */
public record LinkAdrReq(int dataRate, int txPower, int chMask, int chMaskCntl, int nbTrans)
        implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.LINK_ADR_REQ;
    }

    @Override
    public byte[] payload() throws LorawanException {
        int dr = FieldCheck.range("LinkAdrReq", "dataRate", dataRate, 0, 0x0F);
        int power = FieldCheck.range("LinkAdrReq", "txPower", txPower, 0, 0x0F);
        int mask = FieldCheck.range("LinkAdrReq", "chMask", chMask, 0, 0xFFFF);
        int cntl = FieldCheck.range("LinkAdrReq", "chMaskCntl", chMaskCntl, 0, 0x07);
        int nb = FieldCheck.range("LinkAdrReq", "nbTrans", nbTrans, 0, 0x0F);
        return new PayloadWriter(4)
                .u8(dr << 4 | power)
                .u16(mask)
                .u8(cntl << 4 | nb)
                .toBytes();
    }

    static LinkAdrReq decode(PayloadReader in) {
        int drPower = in.u8();
        int mask = in.u16();
        int redundancy = in.u8();
        return new LinkAdrReq(drPower >> 4, drPower & 0x0F, mask, (redundancy >> 4) & 0x07, redundancy & 0x0F);
    }
}
