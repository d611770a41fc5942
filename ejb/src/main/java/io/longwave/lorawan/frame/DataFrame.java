package io.longwave.lorawan.frame;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * MACPayload of a data frame: FHDR | FPort | FRMPayload. FPort may be present with an empty
 * FRMPayload; without FPort there is no FRMPayload. {@code frmPayload} is as on air (encrypted).
 */
public record DataFrame(FHdr fHdr, OptionalInt fPort, byte[] frmPayload) implements MacPayload {

    public DataFrame {
        Objects.requireNonNull(fHdr, "fHdr");
        Objects.requireNonNull(fPort, "fPort");
        Objects.requireNonNull(frmPayload, "frmPayload");
        if (fPort.isEmpty() && frmPayload.length > 0) {
            throw new IllegalArgumentException("FRMPayload needs an FPort");
        }
        if (fPort.isPresent() && (fPort.getAsInt() < 0 || fPort.getAsInt() > 255)) {
            throw new IllegalArgumentException("FPort is one byte, got " + fPort.getAsInt());
        }
        if (fPort.isPresent() && fPort.getAsInt() == 0 && fHdr.fOptsLength() > 0) {
            throw new IllegalArgumentException("FOpts must be empty when FPort is 0");
        }
        frmPayload = frmPayload.clone();
    }

    /** Without FPort and FRMPayload (a frame carrying only FOpts or nothing). */
    public static DataFrame withoutPort(FHdr fHdr) {
        return new DataFrame(fHdr, OptionalInt.empty(), new byte[0]);
    }

    public static DataFrame withPort(FHdr fHdr, int fPort, byte[] frmPayload) {
        return new DataFrame(fHdr, OptionalInt.of(fPort), frmPayload);
    }

    @Override
    public byte[] frmPayload() {
        return frmPayload.clone();
    }

    public int frmPayloadLength() {
        return frmPayload.length;
    }

    @Override
    public int length() {
        return fHdr.length() + (fPort.isPresent() ? 1 + frmPayload.length : 0);
    }

    void writeFrmPayload(byte[] dst, int off) {
        System.arraycopy(frmPayload, 0, dst, off, frmPayload.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataFrame d && fHdr.equals(d.fHdr) && fPort.equals(d.fPort)
                && Arrays.equals(frmPayload, d.frmPayload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fHdr, fPort, Arrays.hashCode(frmPayload));
    }

    @Override
    public String toString() {
        return "DataFrame[fHdr=" + fHdr + ", fPort=" + fPort + ", frmPayload="
                + HexFormat.of().formatHex(frmPayload) + "]";
    }
}
