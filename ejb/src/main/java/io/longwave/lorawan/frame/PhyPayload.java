package io.longwave.lorawan.frame;

import io.longwave.lorawan.LorawanException;
import java.util.Objects;

/**
 * A whole frame: MHDR | MACPayload | MIC. The MIC is the four wire bytes read as a big-endian int.
 * Proprietary frames have no LoRaWAN MIC; theirs must be 0 and is not encoded.
 */
public record PhyPayload(MHdr mHdr, MacPayload macPayload, int mic) {

    public static final int MIC_LENGTH = 4;

    public PhyPayload {
        Objects.requireNonNull(mHdr, "mHdr");
        Objects.requireNonNull(macPayload, "macPayload");
        MType t = mHdr.mType();
        boolean matches;
        if (macPayload instanceof DataFrame) {
            matches = t.isData();
        } else if (macPayload instanceof JoinRequest) {
            matches = t == MType.JOIN_REQUEST;
        } else if (macPayload instanceof JoinAccept) {
            matches = t == MType.JOIN_ACCEPT;
        } else if (macPayload instanceof NetworkRejoinRequest || macPayload instanceof JoinServerRejoinRequest) {
            matches = t == MType.REJOIN_REQUEST;
        } else {
            matches = t == MType.PROPRIETARY && mic == 0;
        }
        if (!matches) {
            throw new IllegalArgumentException(macPayload.getClass().getSimpleName() + " cannot have MType " + t
                    + (t == MType.PROPRIETARY ? " with a MIC" : ""));
        }
    }

    public PhyPayload withMic(int newMic) {
        return new PhyPayload(mHdr, macPayload, newMic);
    }

    /** Encoded length of the whole frame. */
    public int length() {
        return 1 + macPayload.length() + (macPayload instanceof Proprietary ? 0 : MIC_LENGTH);
    }

    /**
     * Refuses a MACPayload longer than the regional maximum M for the data rate used; the limit comes
     * from the regional parameters, which the caller looks up.
     */
    public void validateSize(int maxMacPayloadBytes) throws LorawanException {
        int size = macPayload.length();
        if (size > maxMacPayloadBytes) {
            throw new LorawanException(LorawanException.Reason.PAYLOAD_TOO_LARGE,
                    "MACPayload is " + size + " bytes, the limit is " + maxMacPayloadBytes);
        }
    }
}
