package io.longwave.lorawan.region;

/** Which CFList a region's join-accept carries. */
public enum CfListType {
    /** Type 0: up to five extra channel frequencies. */
    FREQUENCIES,
    /** Type 1: channel masks for fixed-channel regions. */
    CHANNEL_MASKS
}
