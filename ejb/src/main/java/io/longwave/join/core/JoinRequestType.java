package io.longwave.join.core;

/**
 * What a join-accept answers; {@link #code()} is the JoinReqType of the 1.1 join-accept MIC
 * (0xFF for a join-request, the rejoin type otherwise).
 */
public enum JoinRequestType {
    JOIN_REQUEST(0xFF),
    REJOIN_0(0x00),
    REJOIN_1(0x01),
    REJOIN_2(0x02);

    private final int code;

    JoinRequestType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean isRejoin() {
        return this != JOIN_REQUEST;
    }

    /**
     * Rejoin type 2 only rekeys: the device keeps its radio parameters (DLSettings, RxDelay and CFList
     * of the join-accept are not applied), LoRaWAN 1.1 section 6.2.4.
     */
    public boolean keepsRadioParameters() {
        return this == REJOIN_2;
    }

    static JoinRequestType ofRejoinType(int rejoinType) {
        return switch (rejoinType) {
            case 0 -> REJOIN_0;
            case 1 -> REJOIN_1;
            case 2 -> REJOIN_2;
            default -> throw new IllegalArgumentException("RejoinType " + rejoinType);
        };
    }
}
