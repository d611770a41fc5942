package io.longwave.join.core;

import io.longwave.lorawan.crypto.KeyDerivation;

/**
 * Derives the session keys the join-accept implies. With OptNeg: 1.1 derivation over JoinEUI and the
 * request's nonce (DevNonce, or RJcount for a rejoin). Without: 1.0 derivation over NetID and DevNonce
 * from the network root key, which for a 1.1 device on a 1.0 network is NwkKey (AppSKey included).
 */
final class SessionKeyDeriver {

    private SessionKeyDeriver() {
    }

    static SessionKeys derive(JoinInput in, VerifiedRequest req, int joinNonce) {
        if (in.optNeg()) {
            return SessionKeys.of(KeyDerivation.derive11(in.keys().nwkKey(), in.keys().appKey(), joinNonce,
                    req.joinEui(), req.nonce()));
        }
        return SessionKeys.of(KeyDerivation.derive10(RequestVerifier.networkRootKey(in), joinNonce, in.netId(),
                req.nonce()));
    }
}
