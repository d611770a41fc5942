package io.longwave.lorawan.frame;

/** Major version of the frame format, the low two bits of MHDR; only R1 exists. */
public enum Major {
    LORAWAN_R1(0);

    private final int code;

    Major(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
