package io.longwave.lorawan.crypto;

import io.longwave.lorawan.LittleEndian;

/**
 * MICs of the join procedure. {@code msg} is the plaintext PHYPayload without its MIC.
 * <ul>
 *   <li>join-request: NwkKey (AppKey in 1.0)</li>
 *   <li>rejoin-request type 0 and 2: SNwkSIntKey; type 1: JSIntKey</li>
 *   <li>join-accept 1.0 and 1.1 with OptNeg unset: NwkKey (AppKey in 1.0)</li>
 * </ul>
 * all of which are a plain CMAC over the message; the 1.1 OptNeg join-accept has its own method.
 */
public final class JoinMic {

    /** JoinReqType of a join-accept answering a join-request; rejoins use their rejoin type 0..2. */
    public static final int JOIN_REQUEST_TYPE = 0xFF;

    private JoinMic() {
    }

    public static int compute(KeyContext key, byte[] msg, int off, int len) {
        return key.mic(msg, off, len);
    }

    /**
     * Join-accept with OptNeg set (LoRaWAN 1.1): CMAC with JSIntKey over
     * JoinReqType | JoinEUI | DevNonce | MHDR | JoinNonce | NetID | DevAddr | DLSettings | RxDelay | CFList.
     */
    public static int joinAccept11(KeyContext jsIntKey, int joinReqType, long joinEui, int devNonce,
                                   byte[] msg, int off, int len) {
        byte[] prefix = new byte[11];
        prefix[0] = (byte) joinReqType;
        LittleEndian.write(prefix, 1, 8, joinEui);
        LittleEndian.write(prefix, 9, 2, devNonce);
        return jsIntKey.mic(prefix, prefix.length, msg, off, len);
    }
}
