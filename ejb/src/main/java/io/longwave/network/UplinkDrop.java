package io.longwave.network;

/** Why the Network Server dropped an uplink after dedup; each is a label of {@code ns_uplink_dropped_total}. */
public enum UplinkDrop {
    UNDECODABLE, UNKNOWN_DEV_ADDR, MIC_FAILED, FCNT_REPLAY, FCNT_GAP, UNKNOWN_DEVICE, DEV_NONCE_REPLAY, JOIN_REJECTED,
    UNSUPPORTED
}
