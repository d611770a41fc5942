package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Class B end-device reports its ping-slot periodicity, 2^periodicity seconds between slots (uplink).
 * Payload: RFU bits 7:3, Periodicity bits 2:0.
 */
public record PingSlotInfoReq(int periodicity) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.PING_SLOT_INFO_REQ;
    }

    @Override
    public byte[] payload() throws LorawanException {
        return new PayloadWriter(1)
                .u8(FieldCheck.range("PingSlotInfoReq", "periodicity", periodicity, 0, 0x07))
                .toBytes();
    }

    static PingSlotInfoReq decode(PayloadReader in) {
        return new PingSlotInfoReq(in.u8() & 0x07);
    }
}
