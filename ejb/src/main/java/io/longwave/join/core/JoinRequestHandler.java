package io.longwave.join.core;

import io.longwave.join.core.JoinRejected.Reason;

/**
 * The Join Server's answer to a join-request or a 1.1 rejoin-request: verify it, allocate the next
 * JoinNonce, write the join-accept and derive the session keys. Pure and stateless; the caller loads
 * and stores the {@link NonceState}, and stores nothing when {@link JoinRejected} is thrown.
 */
public final class JoinRequestHandler {

    /**
     * @throws JoinRejected             the request is refused; {@code in.state()} still holds
     * @throws IllegalArgumentException the input is inconsistent (bad CFList, rejoin type 0/2 without
     *                                  the current session)
     */
    public JoinOutcome handle(JoinInput in) throws JoinRejected {
        VerifiedRequest req = RequestVerifier.verify(in);
        NonceState verified = req.stateAfter();
        if (verified.lastJoinNonce() >= NonceState.MAX_JOIN_NONCE) {
            throw new JoinRejected(Reason.JOIN_NONCE_EXHAUSTED, "all 2^24 JoinNonces are used");
        }
        int joinNonce = verified.lastJoinNonce() + 1;
        byte[] joinAccept = JoinAcceptWriter.write(in, req, joinNonce);
        SessionKeys keys = SessionKeyDeriver.derive(in, req, joinNonce);
        // The device restarts RJcount0 with every new session, so the last one no longer applies.
        NonceState newState = verified.withLastJoinNonce(joinNonce).withLastRjCount0(NonceState.NONE);
        return new JoinOutcome(joinAccept, keys, newState, req.devEui(), req.joinEui(), req.nonce(), joinNonce,
                req.type());
    }
}
