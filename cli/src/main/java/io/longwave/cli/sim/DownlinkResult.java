package io.longwave.cli.sim;

/** What a device made of a downlink frame. */
public enum DownlinkResult {
    /** A data downlink, MIC verified and processed. */
    ACCEPTED,
    /** A join-accept that established a session. */
    JOINED,
    /** The MIC did not verify with the device's keys. */
    BAD_MIC,
    /** A data downlink whose frame counter did not increase (replay or retransmission). */
    OLD_COUNTER,
    /** Not a frame this device can use (other DevAddr, no session, a join-accept it did not ask for). */
    IGNORED,
    /** Not a LoRaWAN frame the decoder accepts. */
    UNDECODABLE
}
