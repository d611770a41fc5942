package io.longwave.gateway.cups;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.zip.CRC32;

/**
 * A Basics Station credential set as CUPS delivers it and as the station checksums it: the trust
 * certificate (DER), the client certificate (DER, or 4 zero bytes when there is none), then the
 * private key (DER) or, for token authentication, the HTTP header lines the station sends. The
 * station's {@code cupsCredCrc} / {@code tcCredCrc} is the CRC32 of exactly these bytes.
 */
public final class CredentialBlob {

    private static final byte[] NO_FILE = new byte[4];

    private CredentialBlob() {
    }

    /** Trust plus token: the key part is {@code Authorization: Bearer <token>\r\n}. */
    public static byte[] token(byte[] trustDer, String token) {
        Objects.requireNonNull(trustDer, "trustDer");
        String value = Objects.requireNonNull(token, "token").strip();
        if (value.isEmpty() || value.contains("\r") || value.contains("\n")) {
            throw new IllegalArgumentException("a token must be one non-empty line");
        }
        // a stored secret may already carry its scheme (The Things Stack stores it either way)
        String header = "Authorization: " + (value.regionMatches(true, 0, "Bearer ", 0, 7) ? value : "Bearer " + value) + "\r\n";
        return concat(trustDer, NO_FILE, header.getBytes(StandardCharsets.US_ASCII));
    }

    /** CRC32 as the station computes it over its credential files. */
    public static long crc(byte[] blob) {
        CRC32 crc = new CRC32();
        crc.update(blob);
        return crc.getValue();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
