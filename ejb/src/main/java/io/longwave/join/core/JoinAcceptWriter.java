package io.longwave.join.core;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.frame.CfList;
import io.longwave.lorawan.frame.JoinAccept;
import io.longwave.lorawan.frame.MHdr;
import io.longwave.lorawan.frame.MType;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.frame.PhyPayloadDecoder;
import io.longwave.lorawan.frame.PhyPayloadEncoder;
import java.util.Optional;

/**
 * Builds the encrypted join-accept. Without OptNeg the MIC and the encryption use the network root key
 * (AppKey in 1.0, NwkKey in 1.1). With OptNeg the MIC is the 1.1 one with JSIntKey, and a rejoin's
 * answer is encrypted with JSEncKey instead of NwkKey.
 */
final class JoinAcceptWriter {

    private static final int CF_LIST_OFFSET = 1 + JoinAccept.LENGTH_WITHOUT_CF_LIST;

    private JoinAcceptWriter() {
    }

    static byte[] write(JoinInput in, VerifiedRequest req, int joinNonce) {
        byte[] rawCfList = in.cfList();
        JoinAccept ja = new JoinAccept(joinNonce, in.netId(), in.devAddr(), in.dlSettings(), in.rxDelay(),
                cfList(rawCfList));
        byte[] plain = PhyPayloadEncoder.encode(new PhyPayload(MHdr.of(MType.JOIN_ACCEPT), ja, 0));
        if (rawCfList != null) {
            // The given bytes go on air as they are: the frame model keeps five ChMasks, CN470 sends six.
            System.arraycopy(rawCfList, 0, plain, CF_LIST_OFFSET, rawCfList.length);
        }
        int micLength = plain.length - PhyPayload.MIC_LENGTH;
        AesKey rootKey = RequestVerifier.networkRootKey(in);
        AesKey encryptionKey = rootKey;
        int mic;
        if (in.optNeg()) {
            AesKey jsIntKey = KeyDerivation.jsIntKey(rootKey, req.devEui());
            mic = JoinMic.joinAccept11(new KeyContext(jsIntKey), req.type().code(), req.joinEui(), req.nonce(),
                    plain, 0, micLength);
            if (req.type().isRejoin()) {
                encryptionKey = KeyDerivation.jsEncKey(rootKey, req.devEui());
            }
        } else {
            mic = JoinMic.compute(new KeyContext(rootKey), plain, 0, micLength);
        }
        PhyPayloadEncoder.writeMic(plain, mic);
        try {
            return JoinAcceptCipher.encrypt(encryptionKey, plain);
        } catch (LorawanException e) {
            // The encoder only makes 17- or 33-byte join-accepts, the lengths the cipher takes.
            throw new IllegalStateException(e);
        }
    }

    /** Parsed only to check it and to size the frame. */
    private static Optional<CfList> cfList(byte[] raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(PhyPayloadDecoder.decodeCfList(raw));
        } catch (LorawanException e) {
            // The CFList is configuration, not device input.
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
