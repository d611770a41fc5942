package io.longwave.lorawan.mac;

/** Which way a MAC command travels; the same CID means a different command in each direction. */
public enum Direction {
    /** End-device to network. */
    UPLINK,
    /** Network to end-device. */
    DOWNLINK
}
