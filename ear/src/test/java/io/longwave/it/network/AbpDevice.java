package io.longwave.it.network;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.crypto.PayloadCipher;
import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.FCtrl;
import io.longwave.lorawan.frame.FHdr;
import io.longwave.lorawan.frame.MHdr;
import io.longwave.lorawan.frame.MType;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.frame.PhyPayloadDecoder;
import io.longwave.lorawan.frame.PhyPayloadEncoder;

/** A LoRaWAN 1.0.x device with an ABP session, built from the project's codec the way a device stack would. */
final class AbpDevice {

    final int devAddr;
    final AesKey nwkSKey;
    final AesKey appSKey;
    long fCntUp;

    AbpDevice(int devAddr, AesKey nwkSKey, AesKey appSKey) {
        this.devAddr = devAddr;
        this.nwkSKey = nwkSKey;
        this.appSKey = appSKey;
    }

    byte[] uplink(boolean confirmed, boolean ack, int fPort, byte[] payload) {
        long fCnt = fCntUp++;
        byte[] enc = PayloadCipher.frmPayload(new KeyContext(appSKey), Direction.UPLINK, devAddr, fCnt, payload, 0, payload.length);
        FHdr fhdr = new FHdr(devAddr, new FCtrl(false, false, ack, false), (int) (fCnt & 0xFFFF), new byte[0]);
        PhyPayload phy = new PhyPayload(MHdr.of(confirmed ? MType.CONFIRMED_DATA_UP : MType.UNCONFIRMED_DATA_UP),
                DataFrame.withPort(fhdr, fPort, enc), 0);
        byte[] bytes = PhyPayloadEncoder.encode(phy);
        PhyPayloadEncoder.writeMic(bytes, DataMic.legacy(new KeyContext(nwkSKey), Direction.UPLINK, devAddr, fCnt,
                bytes, 0, bytes.length - 4));
        return bytes;
    }

    /** Decodes a downlink, checks its MIC and returns the frame with FRMPayload decrypted. */
    Downlink downlink(byte[] bytes) throws Exception {
        PhyPayload phy = PhyPayloadDecoder.decode(bytes);
        DataFrame f = (DataFrame) phy.macPayload();
        long fCnt = f.fHdr().fCnt();
        int mic = DataMic.legacy(new KeyContext(nwkSKey), Direction.DOWNLINK, devAddr, fCnt, bytes, 0, bytes.length - 4);
        byte[] plain = f.fPort().isPresent() && f.fPort().getAsInt() > 0
                ? PayloadCipher.frmPayload(new KeyContext(appSKey), Direction.DOWNLINK, devAddr, fCnt, f.frmPayload(), 0,
                        f.frmPayload().length)
                : new byte[0];
        return new Downlink(phy, f, mic == phy.mic(), plain);
    }

    record Downlink(PhyPayload phy, DataFrame frame, boolean micValid, byte[] payload) {
    }
}
