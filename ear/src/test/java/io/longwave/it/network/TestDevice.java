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
import io.longwave.lorawan.frame.MHdr;
import io.longwave.lorawan.frame.MType;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.frame.PhyPayloadDecoder;
import io.longwave.lorawan.frame.PhyPayloadEncoder;

/**
 * A LoRaWAN 1.0.x or 1.1 device built from the project's codec the way a device stack would: it joins
 * (OTAA) or starts with ABP keys, sends uplinks and checks and decrypts downlinks.
 */
final class TestDevice {

    int devAddr;
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
    record Joiner(long joinEui, long devEui, AesKey appKey, AesKey nwkKey, boolean lorawan11) {

        byte[] joinRequest(int devNonce) {
            PhyPayload p = new PhyPayload(MHdr.of(MType.JOIN_REQUEST), new JoinRequest(joinEui, devEui, devNonce), 0);
            byte[] b = PhyPayloadEncoder.encode(p);
            PhyPayloadEncoder.writeMic(b, JoinMic.compute(new KeyContext(lorawan11 ? nwkKey : appKey), b, 0, b.length - 4));
            return b;
        }

        /** Decrypts and verifies a join-accept; null when its MIC is wrong. */
        TestDevice accept(byte[] encrypted, int devNonce) throws Exception {
            byte[] plain = JoinAcceptCipher.decrypt(lorawan11 ? nwkKey : appKey, encrypted);
            PhyPayload p = PhyPayloadDecoder.decode(plain);
            JoinAccept a = (JoinAccept) p.macPayload();
            int mic = a.dlSettings().optNeg()
                    ? JoinMic.joinAccept11(new KeyContext(KeyDerivation.jsIntKey(nwkKey, devEui)), JoinMic.JOIN_REQUEST_TYPE,
                            joinEui, devNonce, plain, 0, plain.length - 4)
                    : JoinMic.compute(new KeyContext(lorawan11 ? nwkKey : appKey), plain, 0, plain.length - 4);
            if (mic != p.mic()) {
                return null;
            }
            TestDevice d = new TestDevice(lorawan11);
            d.devAddr = a.devAddr();
            if (a.dlSettings().optNeg()) {
                SessionKeys11 k = KeyDerivation.derive11(nwkKey, appKey, a.joinNonce(), joinEui, devNonce);
                d.fNwkSIntKey = k.fNwkSIntKey();
                d.sNwkSIntKey = k.sNwkSIntKey();
                d.nwkSEncKey = k.nwkSEncKey();
                d.appSKey = k.appSKey();
            } else {
                SessionKeys10 k = KeyDerivation.derive10(lorawan11 ? nwkKey : appKey, a.joinNonce(), a.netId(), devNonce);
                d.fNwkSIntKey = k.nwkSKey();
                d.sNwkSIntKey = k.nwkSKey();
                d.nwkSEncKey = k.nwkSKey();
                d.appSKey = k.appSKey();
            }
            return d;
        }
    }

    /** An uplink on DR5 (SF7BW125), channel 0 (868.1 MHz). */
    byte[] uplink(boolean confirmed, boolean ack, int fPort, byte[] payload) {
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
    Downlink downlink(byte[] bytes, long ackedUplinkFCnt) throws Exception {
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

    record Downlink(PhyPayload phy, DataFrame frame, boolean micValid, byte[] payload) {
    }
}
