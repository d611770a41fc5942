package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * The network confirms a ResetInd with its own LoRaWAN minor version (1.1, downlink).
 * Payload: one byte, RFU bits 7:4, Minor bits 3:0 (1 means LoRaWAN x.1). Other minor values are RFU but are
 * carried as received: the receiver answers with its own version rather than rejecting the command.
 */
public record ResetConf(int minor) implements MacCommand {

    @Override
    public MacCommandType type() {
        return MacCommandType.RESET_CONF;
    }

    @Override
    public byte[] payload() throws LorawanException {
        return new PayloadWriter(1)
                .u8(FieldCheck.range("ResetConf", "minor", minor, 0, 0x0F))
                .toBytes();
    }

    static ResetConf decode(PayloadReader in) {
        return new ResetConf(in.u8() & 0x0F);
    }
}
