package io.longwave.lorawan.frame;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Frame header. {@code fCnt} is the 16 bits sent on air (see {@link io.longwave.lorawan.FrameCounter}
 * for the full value); {@code fOpts} are the raw (in 1.1 possibly encrypted) MAC command bytes.
 */
public record FHdr(int devAddr, FCtrl fCtrl, int fCnt, byte[] fOpts) {

    public static final int MAX_FOPTS = 15;
    /** DevAddr(4) + FCtrl(1) + FCnt(2). */
    public static final int MIN_LENGTH = 7;

    public FHdr {
        Objects.requireNonNull(fCtrl, "fCtrl");
        if (fCnt < 0 || fCnt > 0xFFFF) {
            throw new IllegalArgumentException("FCnt on air is 16 bits, got " + fCnt);
        }
        if (fOpts == null || fOpts.length > MAX_FOPTS) {
            throw new IllegalArgumentException("FOpts must be 0..15 bytes");
        }
        fOpts = fOpts.clone();
    }

    @Override
    public byte[] fOpts() {
        return fOpts.clone();
    }

    public int fOptsLength() {
        return fOpts.length;
    }

    public int length() {
        return MIN_LENGTH + fOpts.length;
    }

    void writeFOpts(byte[] dst, int off) {
        System.arraycopy(fOpts, 0, dst, off, fOpts.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FHdr h && devAddr == h.devAddr && fCnt == h.fCnt && fCtrl.equals(h.fCtrl)
                && Arrays.equals(fOpts, h.fOpts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(devAddr, fCtrl, fCnt, Arrays.hashCode(fOpts));
    }

    @Override
    public String toString() {
        return "FHdr[devAddr=" + String.format("%08X", devAddr) + ", fCtrl=" + fCtrl + ", fCnt=" + fCnt
                + ", fOpts=" + HexFormat.of().formatHex(fOpts) + "]";
    }
}
