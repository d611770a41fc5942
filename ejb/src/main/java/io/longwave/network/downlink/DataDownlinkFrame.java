package io.longwave.network.downlink;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.crypto.PayloadCipher;
import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.FCtrl;
import io.longwave.lorawan.frame.FHdr;
import io.longwave.lorawan.frame.MHdr;
import io.longwave.lorawan.frame.MType;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.frame.PhyPayloadEncoder;
import io.longwave.network.session.NetworkKeys;

/**
 * Builds a data downlink: FHDR (ACK, FPending, MAC commands in FOpts), FRMPayload encrypted with
 * AppSKey when there is an application payload, MIC with the network key. LoRaWAN 1.1 encrypts
 * FOpts with NwkSEncKey and binds the MIC to the acknowledged uplink's FCnt.
 *
 * @param fCnt       the downlink counter: 1.0 NFCntDown for everything; 1.1 AFCntDown with FPort > 0, else NFCntDown
 * @param ackedFCnt  FCnt of the confirmed uplink this acknowledges, or -1
 */
public record DataDownlinkFrame(int devAddr, boolean lorawan11, boolean confirmed, boolean fPending, long ackedFCnt,
                                byte[] macCommands, int fPort, byte[] plainPayload, long fCnt) {

    public byte[] encode(NetworkKeys keys, KeyContext appSKey) {
        byte[] fOpts = macCommands == null ? new byte[0] : macCommands;
        if (lorawan11 && fOpts.length > 0) {
            fOpts = PayloadCipher.fOpts11(keys.nwkSEncKey(),
                    fPort > 0 ? PayloadCipher.FOptsCounter.APPLICATION_DOWN : PayloadCipher.FOptsCounter.NETWORK,
                    Direction.DOWNLINK, devAddr, fCnt, fOpts);
        }
        FHdr fhdr = new FHdr(devAddr, new FCtrl(false, false, ackedFCnt >= 0, fPending), (int) (fCnt & 0xFFFF), fOpts);
        DataFrame frame = fPort > 0
                ? DataFrame.withPort(fhdr, fPort, PayloadCipher.frmPayload(appSKey, Direction.DOWNLINK, devAddr, fCnt,
                        plainPayload, 0, plainPayload.length))
                : DataFrame.withoutPort(fhdr);
        MType type = confirmed ? MType.CONFIRMED_DATA_DOWN : MType.UNCONFIRMED_DATA_DOWN;
        byte[] phy = PhyPayloadEncoder.encode(new PhyPayload(MHdr.of(type), frame, 0));
        int len = phy.length - PhyPayload.MIC_LENGTH;
        int mic = lorawan11
                ? DataMic.downlink11(keys.sNwkSIntKey(), ackedFCnt >= 0 ? (int) (ackedFCnt & 0xFFFF) : 0, devAddr, fCnt, phy, 0, len)
                : DataMic.legacy(keys.fNwkSIntKey(), Direction.DOWNLINK, devAddr, fCnt, phy, 0, len);
        PhyPayloadEncoder.writeMic(phy, mic);
        return phy;
    }
}
