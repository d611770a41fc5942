package io.longwave.lorawan.frame;

/**
 * Frame control flags without FOptsLen (which is derived from the FOpts bytes). Bit 6 is ADRACKReq
 * on uplinks and RFU on downlinks; bit 4 is ClassB on uplinks and FPending on downlinks.
 */
public record FCtrl(boolean adr, boolean adrAckReq, boolean ack, boolean classBOrFPending) {

    public static final FCtrl NONE = new FCtrl(false, false, false, false);

    public static FCtrl fromByte(int b) {
        return new FCtrl((b & 0x80) != 0, (b & 0x40) != 0, (b & 0x20) != 0, (b & 0x10) != 0);
    }

    /** Uplink meaning of bit 4. */
    public boolean classB() {
        return classBOrFPending;
    }

    /** Downlink meaning of bit 4. */
    public boolean fPending() {
        return classBOrFPending;
    }

    /** @param fOptsLen 0..15 */
    public int toByte(int fOptsLen) {
        return (adr ? 0x80 : 0) | (adrAckReq ? 0x40 : 0) | (ack ? 0x20 : 0) | (classBOrFPending ? 0x10 : 0)
                | (fOptsLen & 0x0F);
    }
}
