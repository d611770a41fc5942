package io.longwave.gateway.cups;

import java.util.List;
import java.util.Objects;

/**
 * What a Basics Station reports in {@code POST /update-info}: its EUI (from {@code router}), the
 * CUPS and TC uris it uses, the CRC32 of each credential set, its version strings and the CRCs of
 * the firmware signing keys it holds.
 */
public record UpdateInfoRequest(long router, String cupsUri, String tcUri, long cupsCredCrc, long tcCredCrc,
                                String station, String model, String packageVersion, List<Long> keys) {

    public UpdateInfoRequest {
        Objects.requireNonNull(cupsUri, "cupsUri");
        Objects.requireNonNull(tcUri, "tcUri");
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(packageVersion, "packageVersion");
        keys = List.copyOf(keys);
        requireU32("cupsCredCrc", cupsCredCrc);
        requireU32("tcCredCrc", tcCredCrc);
    }

    private static void requireU32(String field, long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(field + " must be an unsigned 32-bit integer, got " + value);
        }
    }
}
