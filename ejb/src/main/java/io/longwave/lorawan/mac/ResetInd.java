package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * An ABP end-device reports its LoRaWAN minor version after a reset (1.1, uplink).
 * Payload: one byte, RFU bits 7:4, Minor bits 3:0 (1 means LoRaWAN x.1). Other minor values are RFU but are
 * carried as received: the receiver answers with its own version rather than rejecting the command.
 */
public record ResetInd(int minor) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.RESET_IND;
    }

    @Override
    public byte[] payload() throws LorawanException {
        return new PayloadWriter(1)
                .u8(FieldCheck.range("ResetInd", "minor", minor, 0, 0x0F))
                .toBytes();
    }

    static ResetInd decode(PayloadReader in) {
        return new ResetInd(in.u8() & 0x0F);
    }
}
