package io.longwave.lorawan.frame;

/** Rejoin-request type 0 or 2: RejoinType | NetID | DevEUI | RJcount0 (MIC with SNwkSIntKey). */
public record NetworkRejoinRequest(int rejoinType, int netId, long devEui, int rjCount0) implements MacPayload {

    public static final int LENGTH = 14;

    public NetworkRejoinRequest {
        if (rejoinType != 0 && rejoinType != 2) {
            throw new IllegalArgumentException("network rejoin type is 0 or 2, got " + rejoinType);
        }
        if (netId < 0 || netId > 0xFFFFFF) {
            throw new IllegalArgumentException("NetID is 24 bits");
        }
        if (rjCount0 < 0 || rjCount0 > 0xFFFF) {
            throw new IllegalArgumentException("RJcount0 is 16 bits");
        }
    }

    @Override
    public int length() {
        return LENGTH;
    }
}
