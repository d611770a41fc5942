package io.longwave.lorawan;

/** Frame direction; {@link #code()} is the Dir byte of the B0/A blocks. */
public enum Direction {
    UPLINK(0),
    DOWNLINK(1);

    private final int code;

    Direction(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
