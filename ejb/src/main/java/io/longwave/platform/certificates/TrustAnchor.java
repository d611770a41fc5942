package io.longwave.platform.certificates;

import java.util.Objects;

/**
 * The PEM a client (e.g. a Basics Station {@code tc.trust}) should trust. {@code guessedFromChain}
 * is true when custom certificates came without {@code ca.pem} and the top of the chain was taken.
 */
public record TrustAnchor(String pem, boolean guessedFromChain) {

    public TrustAnchor {
        Objects.requireNonNull(pem, "pem");
    }
}
