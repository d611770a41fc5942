package io.longwave.lorawan.frame;

/** Rejoin-request type 1: RejoinType | JoinEUI | DevEUI | RJcount1 (MIC with JSIntKey). */
public record JoinServerRejoinRequest(long joinEui, long devEui, int rjCount1) implements MacPayload {

    public static final int REJOIN_TYPE = 1;
    public static final int LENGTH = 19;

    public JoinServerRejoinRequest {
        if (rjCount1 < 0 || rjCount1 > 0xFFFF) {
            throw new IllegalArgumentException("RJcount1 is 16 bits");
        }
    }

    @Override
    public int length() {
        return LENGTH;
    }
}
