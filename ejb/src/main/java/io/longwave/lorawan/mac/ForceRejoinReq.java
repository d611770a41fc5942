package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/**
 * Network orders the end-device to send Rejoin-requests (1.1, downlink only). Payload: 16 bits little-endian,
 * RFU bits 15:14, Period bits 13:11 (delay 32 s * 2^Period plus jitter), Max_Retries bits 10:8, RFU bit 7,
 * RejoinType bits 6:4, DR bits 3:0. RejoinType 0 and 1 both mean type 0, 2 means type 2, 3..7 are RFU and
 * refused. The Things Stack writes the high byte first; the spec and ChirpStack put the low byte first.
 */
public record ForceRejoinReq(int period, int maxRetries, int rejoinType, int dataRate) implements MacCommand {

    private static final int MAX_REJOIN_TYPE = 2;

    @Override
    public MacCommandType type() {
        return MacCommandType.FORCE_REJOIN_REQ;
    }

    @Override
    public byte[] payload() throws LorawanException {
        int p = FieldCheck.range("ForceRejoinReq", "period", period, 0, 0x07);
        int retries = FieldCheck.range("ForceRejoinReq", "maxRetries", maxRetries, 0, 0x07);
        int rejoin = FieldCheck.range("ForceRejoinReq", "rejoinType", rejoinType, 0, MAX_REJOIN_TYPE);
        int dr = FieldCheck.range("ForceRejoinReq", "dataRate", dataRate, 0, 0x0F);
        return new PayloadWriter(2).u16(p << 11 | retries << 8 | rejoin << 4 | dr).toBytes();
    }

    static ForceRejoinReq decode(PayloadReader in) throws LorawanException {
        int value = in.u16();
        int rejoin = FieldCheck.range("ForceRejoinReq", "rejoinType", (value >> 4) & 0x07, 0, MAX_REJOIN_TYPE);
        return new ForceRejoinReq((value >> 11) & 0x07, (value >> 8) & 0x07, rejoin, value & 0x0F);
    }
}
