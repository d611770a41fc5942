package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * An OTAA end-device confirms its new session keys and reports its minor version (1.1, uplink).
 * Payload: one byte, RFU bits 7:4, Minor bits 3:0 (1 means LoRaWAN x.1). Other minor values are RFU but are
 * carried as received: the receiver answers with its own version rather than rejecting the command.
 */
public record RekeyInd(int minor) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.REKEY_IND;
    }

    @Override
    public byte[] payload() throws LorawanException {
        return new PayloadWriter(1)
                .u8(FieldCheck.range("RekeyInd", "minor", minor, 0, 0x0F))
                .toBytes();
    }

    static RekeyInd decode(PayloadReader in) {
        return new RekeyInd(in.u8() & 0x0F);
    }
}
