package io.longwave.it.network;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.crypto.PayloadCipher;
import io.longwave.lorawan.crypto.SessionKeys10;
import io.longwave.lorawan.crypto.SessionKeys11;
import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.FCtrl;
import io.longwave.lorawan.frame.FHdr;
import io.longwave.lorawan.frame.JoinAccept;
import io.longwave.lorawan.frame.JoinRequest;
import io.longwave.lorawan.frame.JoinServerRejoinRequest;
import io.longwave.lorawan.frame.MacPayload;
import io.longwave.lorawan.frame.NetworkRejoinRequest;
import io.longwave.lorawan.frame.MHdr;
import io.longwave.lorawan.frame.MType;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.frame.PhyPayloadDecoder;
import io.longwave.lorawan.frame.PhyPayloadEncoder;

/**
 * A LoRaWAN 1.0.x or 1.1 device built from the project's codec the way a device stack would: it joins
 * (OTAA) or starts with ABP keys, sends uplinks and checks and decrypts downlinks.
 */
public final class TestDevice {

    public int devAddr;
    /** NetID of the join-accept that made the session (rejoin-requests type 0 and 2 name it). */
    int netId;
    AesKey fNwkSIntKey;
    AesKey sNwkSIntKey;
    AesKey nwkSEncKey;
    AesKey appSKey;
    final boolean lorawan11;
    long fCntUp;
    /** FCnt of the last confirmed downlink, for the 1.1 MIC of an uplink that acknowledges it. */
    long lastConfirmedDownFCnt;

    TestDevice(boolean lorawan11) {
        this.lorawan11 = lorawan11;
    }

    static TestDevice abp(int devAddr, AesKey nwkSKey, AesKey appSKey) {
        TestDevice d = new TestDevice(false);
        d.devAddr = devAddr;
        d.fNwkSIntKey = nwkSKey;
        d.sNwkSIntKey = nwkSKey;
        d.nwkSEncKey = nwkSKey;
        d.appSKey = appSKey;
        return d;
    }

    /** The OTAA side of a device: its root keys and nonce, until a join-accept gives it a session. */
    public record Joiner(long joinEui, long devEui, AesKey appKey, AesKey nwkKey, boolean lorawan11) {

        public byte[] joinRequest(int devNonce) {
            PhyPayload p = new PhyPayload(MHdr.of(MType.JOIN_REQUEST), new JoinRequest(joinEui, devEui, devNonce), 0);
            byte[] b = PhyPayloadEncoder.encode(p);
            PhyPayloadEncoder.writeMic(b, JoinMic.compute(new KeyContext(lorawan11 ? nwkKey : appKey), b, 0, b.length - 4));
            return b;
        }

        /** Rejoin-request type 1, MIC with JSIntKey (LoRaWAN 1.1 only). */
        byte[] rejoin1(int rjCount1) {
            return signed(new JoinServerRejoinRequest(joinEui, devEui, rjCount1), KeyDerivation.jsIntKey(nwkKey, devEui));
        }

        /** Decrypts and verifies a join-accept; null when its MIC is wrong. */
        public TestDevice accept(byte[] encrypted, int devNonce) throws Exception {
            return open(encrypted, lorawan11 ? nwkKey : appKey, JoinMic.JOIN_REQUEST_TYPE, devNonce);
        }

        /**
         * The answer to a rejoin-request: encrypted with JSEncKey, its MIC over the rejoin type and the
         * RJcount (LoRaWAN 1.1 section 6.2.5); null when the MIC is wrong.
         */
        TestDevice acceptRejoin(byte[] encrypted, int rejoinType, int rjCount) throws Exception {
            return open(encrypted, KeyDerivation.jsEncKey(nwkKey, devEui), rejoinType, rjCount);
        }

        private TestDevice open(byte[] encrypted, AesKey cipherKey, int joinReqType, int nonce) throws Exception {
            byte[] plain = JoinAcceptCipher.decrypt(cipherKey, encrypted);
            PhyPayload p = PhyPayloadDecoder.decode(plain);
            JoinAccept a = (JoinAccept) p.macPayload();
            int mic = a.dlSettings().optNeg()
                    ? JoinMic.joinAccept11(new KeyContext(KeyDerivation.jsIntKey(nwkKey, devEui)), joinReqType,
                            joinEui, nonce, plain, 0, plain.length - 4)
                    : JoinMic.compute(new KeyContext(lorawan11 ? nwkKey : appKey), plain, 0, plain.length - 4);
            if (mic != p.mic()) {
                return null;
            }
            TestDevice d = new TestDevice(lorawan11);
            d.devAddr = a.devAddr();
            d.netId = a.netId();
            if (a.dlSettings().optNeg()) {
                SessionKeys11 k = KeyDerivation.derive11(nwkKey, appKey, a.joinNonce(), joinEui, nonce);
                d.fNwkSIntKey = k.fNwkSIntKey();
                d.sNwkSIntKey = k.sNwkSIntKey();
                d.nwkSEncKey = k.nwkSEncKey();
                d.appSKey = k.appSKey();
            } else {
                SessionKeys10 k = KeyDerivation.derive10(lorawan11 ? nwkKey : appKey, a.joinNonce(), a.netId(), nonce);
                d.fNwkSIntKey = k.nwkSKey();
                d.sNwkSIntKey = k.nwkSKey();
                d.nwkSEncKey = k.nwkSKey();
                d.appSKey = k.appSKey();
            }
            return d;
        }
    }

    /** Rejoin-request type 0 or 2 of this session's device, MIC with its SNwkSIntKey (LoRaWAN 1.1 only). */
    byte[] rejoin02(int type, long devEui, int rjCount0) {
        return signed(new NetworkRejoinRequest(type, netId, devEui, rjCount0), sNwkSIntKey);
    }

    /** A rejoin-request as the codec encodes it, with the join MIC (CMAC over MHDR and payload). */
    static byte[] signed(MacPayload payload, AesKey key) {
        byte[] b = PhyPayloadEncoder.encode(new PhyPayload(MHdr.of(MType.REJOIN_REQUEST), payload, 0));
        PhyPayloadEncoder.writeMic(b, JoinMic.compute(new KeyContext(key), b, 0, b.length - 4));
        return b;
    }

    /** An uplink on DR5 (SF7BW125), channel 0 (868.1 MHz). */
    public byte[] uplink(boolean confirmed, boolean ack, int fPort, byte[] payload) {
        long fCnt = fCntUp++;
        byte[] enc = PayloadCipher.frmPayload(new KeyContext(appSKey), Direction.UPLINK, devAddr, fCnt, payload, 0, payload.length);
        FHdr fhdr = new FHdr(devAddr, new FCtrl(false, false, ack, false), (int) (fCnt & 0xFFFF), new byte[0]);
        PhyPayload phy = new PhyPayload(MHdr.of(confirmed ? MType.CONFIRMED_DATA_UP : MType.UNCONFIRMED_DATA_UP),
                DataFrame.withPort(fhdr, fPort, enc), 0);
        byte[] b = PhyPayloadEncoder.encode(phy);
        int mic = lorawan11
                ? DataMic.uplink11(new KeyContext(fNwkSIntKey), new KeyContext(sNwkSIntKey),
                        ack ? (int) (lastConfirmedDownFCnt & 0xFFFF) : 0, 5, 0, devAddr, fCnt, b, 0, b.length - 4)
                : DataMic.legacy(new KeyContext(fNwkSIntKey), Direction.UPLINK, devAddr, fCnt, b, 0, b.length - 4);
        PhyPayloadEncoder.writeMic(b, mic);
        return b;
    }

    /**
     * Decodes a downlink, checks its MIC and returns the frame with FRMPayload decrypted.
     *
     * @param ackedUplinkFCnt FCnt of the confirmed uplink the downlink acknowledges (1.1 MIC), or -1
     */
    public Downlink downlink(byte[] bytes, long ackedUplinkFCnt) throws Exception {
        PhyPayload phy = PhyPayloadDecoder.decode(bytes);
        DataFrame f = (DataFrame) phy.macPayload();
        long fCnt = f.fHdr().fCnt();
        int mic = lorawan11
                ? DataMic.downlink11(new KeyContext(sNwkSIntKey), f.fHdr().fCtrl().ack() ? (int) (ackedUplinkFCnt & 0xFFFF) : 0,
                        devAddr, fCnt, bytes, 0, bytes.length - 4)
                : DataMic.legacy(new KeyContext(fNwkSIntKey), Direction.DOWNLINK, devAddr, fCnt, bytes, 0, bytes.length - 4);
        byte[] plain = f.fPort().isPresent() && f.fPort().getAsInt() > 0
                ? PayloadCipher.frmPayload(new KeyContext(appSKey), Direction.DOWNLINK, devAddr, fCnt, f.frmPayload(), 0,
                        f.frmPayload().length)
                : new byte[0];
        if (phy.mHdr().mType() == MType.CONFIRMED_DATA_DOWN) {
            lastConfirmedDownFCnt = fCnt;
        }
        return new Downlink(phy, f, mic == phy.mic(), plain);
    }

    public record Downlink(PhyPayload phy, DataFrame frame, boolean micValid, byte[] payload) {
    }
}
