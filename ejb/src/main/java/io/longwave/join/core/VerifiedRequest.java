package io.longwave.join.core;

/**
 * A request whose MIC and nonce passed. {@code nonce} is the DevNonce, RJcount0 or RJcount1: the value
 * the join-accept MIC and the key derivation use. {@code stateAfter} records that nonce as used; the
 * JoinNonce is not allocated yet.
 */
record VerifiedRequest(JoinRequestType type, long joinEui, long devEui, int nonce, NonceState stateAfter) {
}
