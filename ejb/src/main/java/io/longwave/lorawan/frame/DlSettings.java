package io.longwave.lorawan.frame;

/** DLSettings of a join-accept: OptNeg (bit 7, RFU before 1.1) | RX1DROffset (bits 6..4) | RX2DataRate (3..0). */
public record DlSettings(boolean optNeg, int rx1DrOffset, int rx2DataRate) {

    public DlSettings {
        if (rx1DrOffset < 0 || rx1DrOffset > 7) {
            throw new IllegalArgumentException("RX1DROffset is 3 bits, got " + rx1DrOffset);
        }
        if (rx2DataRate < 0 || rx2DataRate > 15) {
            throw new IllegalArgumentException("RX2DataRate is 4 bits, got " + rx2DataRate);
        }
    }

    public static DlSettings fromByte(int b) {
        return new DlSettings((b & 0x80) != 0, (b >> 4) & 0x07, b & 0x0F);
    }

    public int toByte() {
        return (optNeg ? 0x80 : 0) | rx1DrOffset << 4 | rx2DataRate;
    }
}
