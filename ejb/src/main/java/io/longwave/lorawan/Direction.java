package io.longwave.lorawan;

/**
 * Frame and MAC command direction: uplink is end-device to network. {@link #code()} is the Dir byte
 * of the B0/A blocks; the same CID means a different MAC command in each direction.
 */
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
