package io.longwave.gateway.cups;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The binary answer to a Basics Station {@code POST /update-info}, little endian, in the order the
 * station reads it (lorabasics/basicstation {@code src/cups.c}): u8 length + CUPS uri, u8 length + TC
 * uri, u16 length + CUPS credentials, u16 length + TC credentials, u32 length + signature (the key's
 * CRC and the ECDSA signature), u32 length + firmware update. A zero length means "keep what you have".
 */
public record UpdateInfoResponse(String cupsUri, String tcUri, byte[] cupsCredentials, byte[] tcCredentials,
                                 byte[] signature, byte[] update) {

    /** Nothing to change: every length zero. */
    public static final UpdateInfoResponse UNCHANGED = new UpdateInfoResponse("", "", new byte[0], new byte[0],
            new byte[0], new byte[0]);

    public UpdateInfoResponse {
        Objects.requireNonNull(cupsUri, "cupsUri");
        Objects.requireNonNull(tcUri, "tcUri");
        Objects.requireNonNull(cupsCredentials, "cupsCredentials");
        Objects.requireNonNull(tcCredentials, "tcCredentials");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(update, "update");
        requireAtMost("cupsUri", cupsUri.getBytes(StandardCharsets.UTF_8).length, 0xFF);
        requireAtMost("tcUri", tcUri.getBytes(StandardCharsets.UTF_8).length, 0xFF);
        requireAtMost("cupsCred", cupsCredentials.length, 0xFFFF);
        requireAtMost("tcCred", tcCredentials.length, 0xFFFF);
        // the station accepts 8..132 bytes: 4 of key CRC, then the DER signature
        if (signature.length != 0 && (signature.length < 8 || signature.length > 132)) {
            throw new IllegalArgumentException("signature segment must be empty or 8 to 132 bytes, got " + signature.length);
        }
        if (update.length != 0 && signature.length == 0) {
            // a station holding signing keys refuses an unsigned update; none is configured here anyway
            throw new IllegalArgumentException("a firmware update needs a signature");
        }
    }

    public UpdateInfoResponse withCupsUri(String uri) {
        return new UpdateInfoResponse(uri, tcUri, cupsCredentials, tcCredentials, signature, update);
    }

    public UpdateInfoResponse withTcUri(String uri) {
        return new UpdateInfoResponse(cupsUri, uri, cupsCredentials, tcCredentials, signature, update);
    }

    public UpdateInfoResponse withCupsCredentials(byte[] credentials) {
        return new UpdateInfoResponse(cupsUri, tcUri, credentials, tcCredentials, signature, update);
    }

    public UpdateInfoResponse withTcCredentials(byte[] credentials) {
        return new UpdateInfoResponse(cupsUri, tcUri, cupsCredentials, credentials, signature, update);
    }

    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        segment(out, cupsUri.getBytes(StandardCharsets.UTF_8), 1);
        segment(out, tcUri.getBytes(StandardCharsets.UTF_8), 1);
        segment(out, cupsCredentials, 2);
        segment(out, tcCredentials, 2);
        segment(out, signature, 4);
        segment(out, update, 4);
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, byte[] content, int lengthBytes) {
        long length = content.length;
        for (int i = 0; i < lengthBytes; i++) {
            out.write((int) (length >>> (8 * i)) & 0xFF);
        }
        out.writeBytes(content);
    }

    private static void requireAtMost(String field, int length, int maximum) {
        if (length > maximum) {
            throw new IllegalArgumentException(field + " is " + length + " bytes, at most " + maximum + " fit");
        }
    }
}
