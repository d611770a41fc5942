package io.longwave.join.core;

import java.util.Objects;

/**
 * An accepted request: the encrypted join-accept to send, the new session keys, and the nonce state
 * the caller must store before sending (so that a crash cannot reuse the JoinNonce).
 *
 * @param devNonce the DevNonce of a join-request, or the RJcount0 / RJcount1 of a rejoin-request
 *                 (the value that took its place in the MIC and key derivation)
 * @param joinEui  from the request, or from {@link CurrentSession} for rejoin types 0 and 2
 */
public record JoinOutcome(byte[] joinAcceptPhy, SessionKeys sessionKeys, NonceState newState, long devEui,
                          long joinEui, int devNonce, int joinNonce, JoinRequestType requestType) {

    public JoinOutcome {
        Objects.requireNonNull(joinAcceptPhy, "joinAcceptPhy");
        Objects.requireNonNull(sessionKeys, "sessionKeys");
        Objects.requireNonNull(newState, "newState");
        Objects.requireNonNull(requestType, "requestType");
        joinAcceptPhy = joinAcceptPhy.clone();
    }

    @Override
    public byte[] joinAcceptPhy() {
        return joinAcceptPhy.clone();
    }

    /** True after a rejoin type 2: the device keeps its radio parameters, only keys and counters reset. */
    public boolean keepsRadioParameters() {
        return requestType.keepsRadioParameters();
    }
}
