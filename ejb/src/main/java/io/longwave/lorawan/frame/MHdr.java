package io.longwave.lorawan.frame;

import java.util.Objects;

/** MAC header. The three RFU bits are written as zero and ignored when read. */
public record MHdr(MType mType, Major major) {

    public MHdr {
        Objects.requireNonNull(mType, "mType");
        Objects.requireNonNull(major, "major");
    }

    public static MHdr of(MType mType) {
        return new MHdr(mType, Major.LORAWAN_R1);
    }

    public int toByte() {
        return mType.code() << 5 | major.code();
    }
}
