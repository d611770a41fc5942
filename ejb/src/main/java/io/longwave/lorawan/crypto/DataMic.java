package io.longwave.lorawan.crypto;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LittleEndian;

/**
 * MIC of data frames: {@code msg} is MHDR | FHDR | FPort | FRMPayload, i.e. the PHYPayload without its
 * last four bytes. Results are the MIC as a big-endian int of the four wire bytes.
 */
public final class DataMic {

    private static final int BLOCK_TAG = 0x49;

    private DataMic() {
    }

    /** LoRaWAN 1.0.x, both directions, with NwkSKey. */
    public static int legacy(KeyContext nwkSKey, Direction dir, int devAddr, long fCnt, byte[] msg, int off, int len) {
        byte[] b0 = block(0, 0, 0, dir, devAddr, fCnt, len);
        return nwkSKey.mic(b0, 16, msg, off, len);
    }

    /**
     * LoRaWAN 1.1 uplink: two CMACs, B1 with SNwkSIntKey (ConfFCnt, TxDr, TxCh) and B0 with FNwkSIntKey;
     * the MIC is the first two bytes of each.
     *
     * @param confFCnt FCnt (mod 2^16) of the confirmed downlink being acknowledged, 0 when ACK is not set
     */
    public static int uplink11(KeyContext fNwkSIntKey, KeyContext sNwkSIntKey, int confFCnt, int txDr, int txCh,
                               int devAddr, long fCnt, byte[] msg, int off, int len) {
        byte[] b0 = block(0, 0, 0, Direction.UPLINK, devAddr, fCnt, len);
        int cmacF = fNwkSIntKey.mic(b0, 16, msg, off, len);
        byte[] b1 = block(confFCnt, txDr, txCh, Direction.UPLINK, devAddr, fCnt, len);
        int cmacS = sNwkSIntKey.mic(b1, 16, msg, off, len);
        return (cmacS & 0xFFFF0000) | (cmacF >>> 16);
    }

    /**
     * LoRaWAN 1.1 downlink with SNwkSIntKey.
     *
     * @param confFCnt FCntUp (mod 2^16) of the confirmed uplink being acknowledged, 0 when ACK is not set
     */
    public static int downlink11(KeyContext sNwkSIntKey, int confFCnt, int devAddr, long fCnt,
                                 byte[] msg, int off, int len) {
        byte[] b0 = block(confFCnt, 0, 0, Direction.DOWNLINK, devAddr, fCnt, len);
        return sNwkSIntKey.mic(b0, 16, msg, off, len);
    }

    private static byte[] block(int confFCnt, int txDr, int txCh, Direction dir, int devAddr, long fCnt, int len) {
        byte[] b = new byte[16];
        b[0] = BLOCK_TAG;
        LittleEndian.write(b, 1, 2, confFCnt);
        b[3] = (byte) txDr;
        b[4] = (byte) txCh;
        b[5] = (byte) dir.code();
        LittleEndian.write(b, 6, 4, devAddr);
        LittleEndian.write(b, 10, 4, fCnt);
        b[15] = (byte) len;
        return b;
    }
}
