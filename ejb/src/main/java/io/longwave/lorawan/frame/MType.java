package io.longwave.lorawan.frame;

import io.longwave.lorawan.Direction;

/** Message type, the top three bits of MHDR; {@link #code()} is the 3-bit value. */
public enum MType {
    JOIN_REQUEST(0, Direction.UPLINK),
    JOIN_ACCEPT(1, Direction.DOWNLINK),
    UNCONFIRMED_DATA_UP(2, Direction.UPLINK),
    UNCONFIRMED_DATA_DOWN(3, Direction.DOWNLINK),
    CONFIRMED_DATA_UP(4, Direction.UPLINK),
    CONFIRMED_DATA_DOWN(5, Direction.DOWNLINK),
    REJOIN_REQUEST(6, Direction.UPLINK),
    /** Direction is not defined by LoRaWAN for proprietary frames; UPLINK is only a placeholder. */
    PROPRIETARY(7, Direction.UPLINK);

    private static final MType[] BY_CODE = values();

    private final int code;
    private final Direction direction;

    MType(int code, Direction direction) {
        this.code = code;
        this.direction = direction;
    }

    public int code() {
        return code;
    }

    public Direction direction() {
        return direction;
    }

    public boolean isData() {
        return code >= 2 && code <= 5;
    }

    public boolean isConfirmed() {
        return this == CONFIRMED_DATA_UP || this == CONFIRMED_DATA_DOWN;
    }

    /** @param code 0..7, as the three bits always are */
    public static MType ofCode(int code) {
        return BY_CODE[code & 0x07];
    }
}
