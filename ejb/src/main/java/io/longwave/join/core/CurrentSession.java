package io.longwave.join.core;

import io.longwave.lorawan.crypto.AesKey;
import java.util.Objects;

/**
 * What a rejoin-request type 0 or 2 needs beyond the root keys: it carries no JoinEUI, and its MIC is
 * made with the SNwkSIntKey of the session the device is in, which the Network Server forwards.
 */
public record CurrentSession(long joinEui, AesKey sNwkSIntKey) {

    public CurrentSession {
        Objects.requireNonNull(sNwkSIntKey, "sNwkSIntKey");
    }
}
