package io.longwave.network;

/** Why the Network Server dropped an uplink after dedup; each is a label of {@code ns_uplink_dropped_total}. */
public enum UplinkDrop {
    UNDECODABLE, UNKNOWN_DEV_ADDR, MIC_FAILED, FCNT_REPLAY, FCNT_GAP, UNKNOWN_DEVICE, DEV_NONCE_REPLAY, JOIN_REJECTED,
    UNSUPPORTED,
    /** RJcount0 or RJcount1 of a rejoin-request did not increase. */
    REJOIN_COUNT_REPLAY,
    /** A rejoin-request from a device that is not LoRaWAN 1.1 (rejoin does not exist before 1.1). */
    REJOIN_UNSUPPORTED
}
