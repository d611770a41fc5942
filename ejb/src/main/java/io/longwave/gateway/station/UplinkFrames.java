package io.longwave.gateway.station;

import java.io.ByteArrayOutputStream;

/**
 * Rebuilds a PHYPayload from the fields a Basics Station splits it into. All multi-byte fields are little
 * endian on air; 32-bit fields may come as signed integers, so only their low 32 bits count.
 */
public final class UplinkFrames {

    private UplinkFrames() {
    }

    /** MHdr | JoinEUI | DevEUI | DevNonce | MIC (23 bytes); the station reports rejoin-requests in the same layout. */
    public static byte[] joinRequest(int mhdr, long joinEui, long devEui, int devNonce, long mic) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(23);
        out.write(mhdr);
        le(out, joinEui, 8);
        le(out, devEui, 8);
        le(out, devNonce, 2);
        le(out, mic, 4);
        return out.toByteArray();
    }

    /** MHdr | DevAddr | FCtrl | FCnt | FOpts | [FPort | FRMPayload] | MIC; {@code fPort} -1 means absent. */
    public static byte[] dataFrame(int mhdr, long devAddr, int fCtrl, int fCnt, byte[] fOpts, int fPort, byte[] frmPayload,
                                   long mic) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(13 + fOpts.length + frmPayload.length);
        out.write(mhdr);
        le(out, devAddr, 4);
        out.write(fCtrl);
        le(out, fCnt, 2);
        out.writeBytes(fOpts);
        if (fPort >= 0) {
            out.write(fPort);
        }
        out.writeBytes(frmPayload);
        le(out, mic, 4);
        return out.toByteArray();
    }

    private static void le(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }
}
