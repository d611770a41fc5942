package io.longwave.join.core;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.frame.JoinAccept;
import io.longwave.lorawan.frame.JoinRequest;
import io.longwave.lorawan.frame.JoinServerRejoinRequest;
import io.longwave.lorawan.frame.MHdr;
import io.longwave.lorawan.frame.MType;
import io.longwave.lorawan.frame.MacPayload;
import io.longwave.lorawan.frame.NetworkRejoinRequest;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.frame.PhyPayloadDecoder;
import io.longwave.lorawan.frame.PhyPayloadEncoder;
import java.util.HexFormat;

/** The device side in tests: signed requests, and join-accepts opened with the device's keys. */
final class JoinTestFrames {

    static final AesKey APP_KEY = key("2B7E151628AED2A6ABF7158809CF4F3C");
    static final AesKey NWK_KEY = key("000102030405060708090A0B0C0D0E0F");
    static final AesKey OTHER_KEY = key("FFEEDDCCBBAA99887766554433221100");
    static final long JOIN_EUI = 0x70B3D57ED0000001L;
    static final long DEV_EUI = 0x0004A30B001C0530L;
    static final int NET_ID = 0x000013;
    static final int DEV_ADDR = 0x26011BDA;

    private JoinTestFrames() {
    }

    static AesKey key(String hex) {
        return new AesKey(HexFormat.of().parseHex(hex));
    }

    static byte[] joinRequest(AesKey key, long joinEui, long devEui, int devNonce) {
        return signed(MType.JOIN_REQUEST, new JoinRequest(joinEui, devEui, devNonce), key);
    }

    static byte[] rejoin02(AesKey sNwkSIntKey, int type, int netId, long devEui, int rjCount0) {
        return signed(MType.REJOIN_REQUEST, new NetworkRejoinRequest(type, netId, devEui, rjCount0), sNwkSIntKey);
    }

    static byte[] rejoin1(AesKey jsIntKey, long joinEui, long devEui, int rjCount1) {
        return signed(MType.REJOIN_REQUEST, new JoinServerRejoinRequest(joinEui, devEui, rjCount1), jsIntKey);
    }

    /** Decrypts a join-accept as the device does; the MIC is then the last four bytes. */
    static byte[] open(AesKey key, byte[] encrypted) throws LorawanException {
        return JoinAcceptCipher.decrypt(key, encrypted);
    }

    static JoinAccept decode(byte[] plain) throws LorawanException {
        return (JoinAccept) PhyPayloadDecoder.decode(plain).macPayload();
    }

    static int micOf(byte[] plain) throws LorawanException {
        return PhyPayloadDecoder.decode(plain).mic();
    }

    /** The 1.0 join-accept MIC (also 1.1 without OptNeg). */
    static int mic10(AesKey key, byte[] plain) {
        return JoinMic.compute(new KeyContext(key), plain, 0, plain.length - PhyPayload.MIC_LENGTH);
    }

    static int mic11(AesKey jsIntKey, int joinReqType, long joinEui, int nonce, byte[] plain) {
        return JoinMic.joinAccept11(new KeyContext(jsIntKey), joinReqType, joinEui, nonce, plain, 0,
                plain.length - PhyPayload.MIC_LENGTH);
    }

    private static byte[] signed(MType mType, MacPayload payload, AesKey key) {
        byte[] phy = PhyPayloadEncoder.encode(new PhyPayload(MHdr.of(mType), payload, 0));
        PhyPayloadEncoder.writeMic(phy, JoinMic.compute(new KeyContext(key), phy, 0,
                phy.length - PhyPayload.MIC_LENGTH));
        return phy;
    }
}
