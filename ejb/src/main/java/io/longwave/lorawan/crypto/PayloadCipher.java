package io.longwave.lorawan.crypto;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LittleEndian;

/**
 * The AES counter-mode style encryption of FRMPayload and (LoRaWAN 1.1) FOpts. Encryption and
 * decryption are the same operation.
 */
public final class PayloadCipher {

    private static final int BLOCK_TAG = 0x01;

    /** Which counter a 1.1 FOpts field is encrypted under; the value is byte 4 of block A (1.1 errata). */
    public enum FOptsCounter {
        /** FCntUp for uplinks, NFCntDown for downlinks. */
        NETWORK(0x01),
        /** AFCntDown: downlink FOpts piggy-backed on an application frame (FPort > 0). */
        APPLICATION_DOWN(0x02);

        private final int code;

        FOptsCounter(int code) {
            this.code = code;
        }
    }

    private PayloadCipher() {
    }

    /**
     * FRMPayload with AppSKey (FPort > 0) or NwkSKey/NwkSEncKey (FPort 0).
     *
     * @return a new array of {@code len} bytes
     */
    public static byte[] frmPayload(KeyContext key, Direction dir, int devAddr, long fCnt,
                                    byte[] data, int off, int len) {
        byte[] a = new byte[16];
        a[0] = BLOCK_TAG;
        a[5] = (byte) dir.code();
        LittleEndian.write(a, 6, 4, devAddr);
        LittleEndian.write(a, 10, 4, fCnt);
        byte[] s = new byte[16];
        byte[] out = new byte[len];
        for (int done = 0, i = 1; done < len; done += 16, i++) {
            a[15] = (byte) i;
            key.encryptBlock(a, 0, s, 0);
            int n = Math.min(16, len - done);
            for (int j = 0; j < n; j++) {
                out[done + j] = (byte) (data[off + done + j] ^ s[j]);
            }
        }
        return out;
    }

    /**
     * LoRaWAN 1.1 FOpts (at most 15 bytes, one block) with NwkSEncKey. Block A is
     * {@code 0x01 | 3 x 0x00 | counter id | Dir | DevAddr | FCnt | 0x00 | 0x01} as corrected by the 1.1
     * errata (1.1.1), where the counter id tells NFCntDown (0x01) and AFCntDown (0x02) apart.
     */
    public static byte[] fOpts11(KeyContext nwkSEncKey, FOptsCounter counter, Direction dir, int devAddr, long fCnt,
                                 byte[] fOpts) {
        if (fOpts.length > 15) {
            throw new IllegalArgumentException("FOpts is at most 15 bytes");
        }
        byte[] a = new byte[16];
        a[0] = BLOCK_TAG;
        a[4] = (byte) counter.code;
        a[5] = (byte) dir.code();
        LittleEndian.write(a, 6, 4, devAddr);
        LittleEndian.write(a, 10, 4, fCnt);
        a[15] = 0x01;
        byte[] s = new byte[16];
        nwkSEncKey.encryptBlock(a, 0, s, 0);
        byte[] out = new byte[fOpts.length];
        for (int j = 0; j < fOpts.length; j++) {
            out[j] = (byte) (fOpts[j] ^ s[j]);
        }
        return out;
    }
}
