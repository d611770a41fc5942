package io.longwave.gateway.cups;

import java.util.Objects;
import java.util.Optional;

/**
 * What the server wants a station to hold: a CUPS uri to move to (only when one is configured), the
 * CUPS credentials (only when a CUPS key is configured), the TC (LNS) uri, and the TC credentials
 * (only when an LNS token is configured: the server cannot make a station's private key).
 */
public record StationTarget(Optional<String> cupsUri, Optional<byte[]> cupsCredentials, String tcUri,
                            Optional<byte[]> tcCredentials) {

    public StationTarget {
        Objects.requireNonNull(cupsUri, "cupsUri");
        Objects.requireNonNull(cupsCredentials, "cupsCredentials");
        Objects.requireNonNull(tcUri, "tcUri");
        Objects.requireNonNull(tcCredentials, "tcCredentials");
    }

    /**
     * The answer to {@code request}: each segment only where the station's uri or credential CRC
     * differs from the target, so a station that is up to date gets all-zero lengths.
     */
    public UpdateInfoResponse answer(UpdateInfoRequest request) {
        UpdateInfoResponse r = UpdateInfoResponse.UNCHANGED;
        if (cupsUri.isPresent() && !cupsUri.get().equals(request.cupsUri())) {
            r = r.withCupsUri(cupsUri.get());
        }
        if (cupsCredentials.isPresent() && CredentialBlob.crc(cupsCredentials.get()) != request.cupsCredCrc()) {
            r = r.withCupsCredentials(cupsCredentials.get());
        }
        if (!tcUri.equals(request.tcUri())) {
            r = r.withTcUri(tcUri);
        }
        if (tcCredentials.isPresent() && CredentialBlob.crc(tcCredentials.get()) != request.tcCredCrc()) {
            r = r.withTcCredentials(tcCredentials.get());
        }
        return r;
    }
}
