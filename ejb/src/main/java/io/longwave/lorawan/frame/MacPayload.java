package io.longwave.lorawan.frame;

/** What follows MHDR: one record per frame kind. */
public sealed interface MacPayload
        permits JoinRequest, JoinAccept, NetworkRejoinRequest, JoinServerRejoinRequest, DataFrame, Proprietary {

    /** Encoded length in bytes, without MHDR and MIC. */
    int length();
}
