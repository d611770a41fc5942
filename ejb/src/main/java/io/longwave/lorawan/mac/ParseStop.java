package io.longwave.lorawan.mac;

/** Why parsing a MAC command list ended. Everything before the stop offset was understood. */
public enum ParseStop {
    /** Every byte was consumed by known commands. */
    COMPLETE,
    /** A CID that this direction does not define (including 0x00 and one-way CIDs such as 0x0E uplink). */
    UNKNOWN_CID,
    /** A proprietary CID (0x80..0xFF), whose length only its vendor knows. */
    PROPRIETARY_CID,
    /** A known CID whose payload is cut short by the end of the input. */
    TRUNCATED,
    /** A known CID whose payload carries a value the spec reserves (RFU class, rejoin type or margin 255). */
    INVALID_FIELD
}
