package io.longwave.join.core;

import io.longwave.join.core.JoinRejected.Reason;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.frame.JoinRequest;
import io.longwave.lorawan.frame.JoinServerRejoinRequest;
import io.longwave.lorawan.frame.MType;
import io.longwave.lorawan.frame.NetworkRejoinRequest;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.frame.PhyPayloadDecoder;

/**
 * Checks an incoming join- or rejoin-request: frame type, MIC, then the nonce rules. The MIC comes
 * first so that a forged frame learns nothing about which nonces were used.
 */
final class RequestVerifier {

    private RequestVerifier() {
    }

    static VerifiedRequest verify(JoinInput in) throws JoinRejected {
        byte[] phy = in.phyPayload();
        MType mType = phy.length == 0 ? null : MType.ofCode((phy[0] & 0xFF) >>> 5);
        if (mType != MType.JOIN_REQUEST && mType != MType.REJOIN_REQUEST) {
            throw new JoinRejected(Reason.WRONG_MTYPE, "expected a join- or rejoin-request, got " + mType);
        }
        PhyPayload p = decode(phy);
        if (p.macPayload() instanceof JoinRequest jr) {
            return joinRequest(in, phy, p.mic(), jr);
        }
        if (!in.optNeg()) {
            // Rejoin exists only between a 1.1 device and a 1.1 network (OptNeg negotiated).
            throw new JoinRejected(Reason.WRONG_MTYPE, "rejoin-request from a device joined without OptNeg");
        }
        if (p.macPayload() instanceof JoinServerRejoinRequest r) {
            return rejoin1(in, phy, p.mic(), r);
        }
        return rejoin02(in, phy, p.mic(), (NetworkRejoinRequest) p.macPayload());
    }

    private static VerifiedRequest joinRequest(JoinInput in, byte[] phy, int mic, JoinRequest jr)
            throws JoinRejected {
        checkMic(networkRootKey(in), phy, mic);
        int devNonce = jr.devNonce();
        NonceState s = in.state();
        NonceState after;
        if (in.version().devNonceIsCounter()) {
            checkIncreasing(devNonce, s.lastDevNonce(), Reason.DEV_NONCE_REPLAYED, Reason.DEV_NONCE_TOO_SMALL,
                    "DevNonce");
            after = s.withLastDevNonce(devNonce);
        } else {
            if (s.devNonceUsed(devNonce)) {
                throw new JoinRejected(Reason.DEV_NONCE_REPLAYED, "DevNonce " + devNonce + " was used before");
            }
            after = s.withUsedDevNonce(devNonce);
        }
        return new VerifiedRequest(JoinRequestType.JOIN_REQUEST, jr.joinEui(), jr.devEui(), devNonce, after);
    }

    private static VerifiedRequest rejoin1(JoinInput in, byte[] phy, int mic, JoinServerRejoinRequest r)
            throws JoinRejected {
        checkMic(KeyDerivation.jsIntKey(in.keys().nwkKey(), r.devEui()), phy, mic);
        NonceState s = in.state();
        checkIncreasing(r.rjCount1(), s.lastRjCount1(), Reason.RJ_COUNT_REPLAYED, Reason.RJ_COUNT_REPLAYED,
                "RJcount1");
        return new VerifiedRequest(JoinRequestType.REJOIN_1, r.joinEui(), r.devEui(), r.rjCount1(),
                s.withLastRjCount1(r.rjCount1()));
    }

    private static VerifiedRequest rejoin02(JoinInput in, byte[] phy, int mic, NetworkRejoinRequest r)
            throws JoinRejected {
        CurrentSession session = in.currentSession();
        if (session == null) {
            throw new IllegalArgumentException("rejoin type " + r.rejoinType() + " needs the current session");
        }
        checkMic(session.sNwkSIntKey(), phy, mic);
        NonceState s = in.state();
        checkIncreasing(r.rjCount0(), s.lastRjCount0(), Reason.RJ_COUNT_REPLAYED, Reason.RJ_COUNT_REPLAYED,
                "RJcount0");
        return new VerifiedRequest(JoinRequestType.ofRejoinType(r.rejoinType()), session.joinEui(), r.devEui(),
                r.rjCount0(), s.withLastRjCount0(r.rjCount0()));
    }

    /** NwkKey in 1.1 (whatever OptNeg), AppKey in 1.0 where it is the only root key. */
    static AesKey networkRootKey(JoinInput in) {
        return in.version().is11() ? in.keys().nwkKey() : in.keys().appKey();
    }

    private static PhyPayload decode(byte[] phy) throws JoinRejected {
        try {
            return PhyPayloadDecoder.decode(phy);
        } catch (LorawanException e) {
            throw new JoinRejected(Reason.MALFORMED, e.getMessage());
        }
    }

    private static void checkMic(AesKey key, byte[] phy, int mic) throws JoinRejected {
        int expected = JoinMic.compute(new KeyContext(key), phy, 0, phy.length - PhyPayload.MIC_LENGTH);
        if (expected != mic) {
            throw new JoinRejected(Reason.MIC_FAILED, "MIC mismatch");
        }
    }

    private static void checkIncreasing(int value, int last, Reason equal, Reason smaller, String name)
            throws JoinRejected {
        if (last != NonceState.NONE && value <= last) {
            throw new JoinRejected(value == last ? equal : smaller,
                    name + " " + value + " does not exceed the last one, " + last);
        }
    }
}
