package io.longwave.lorawan.frame;

import io.longwave.lorawan.LittleEndian;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Parses wire bytes into a {@link PhyPayload}. Every length is checked before it is read, so bad input
 * only ever ends in a {@link LorawanException}. Join-accepts must be decrypted first. Stateless.
 */
public final class PhyPayloadDecoder {

    /** The LoRa PHY length field is one byte. */
    public static final int MAX_PHY_LENGTH = 255;
    private static final int DATA_MIN_LENGTH = 1 + FHdr.MIN_LENGTH + PhyPayload.MIC_LENGTH;
    private static final OptionalInt[] PORTS = new OptionalInt[256];

    static {
        // FPort boxes are shared so that the uplink hot path does not allocate one per frame.
        for (int i = 0; i < PORTS.length; i++) {
            PORTS[i] = OptionalInt.of(i);
        }
    }

    private PhyPayloadDecoder() {
    }

    public static PhyPayload decode(byte[] phy) throws LorawanException {
        if (phy == null || phy.length < 1) {
            throw new LorawanException(Reason.TOO_SHORT, "empty PHYPayload");
        }
        if (phy.length > MAX_PHY_LENGTH) {
            throw new LorawanException(Reason.TOO_LONG, "PHYPayload is " + phy.length + " bytes, max 255");
        }
        int mhdr = phy[0] & 0xFF;
        if ((mhdr & 0x03) != Major.LORAWAN_R1.code()) {
            throw new LorawanException(Reason.BAD_MAJOR, "unknown Major " + (mhdr & 0x03));
        }
        MHdr mHdr = MHdr.of(MType.ofCode(mhdr >>> 5));
        switch (mHdr.mType()) {
            case JOIN_REQUEST:
                return decodeJoinRequest(mHdr, phy);
            case JOIN_ACCEPT:
                return decodeJoinAccept(mHdr, phy);
            case REJOIN_REQUEST:
                return decodeRejoinRequest(mHdr, phy);
            case PROPRIETARY:
                return new PhyPayload(mHdr, new Proprietary(Arrays.copyOfRange(phy, 1, phy.length)), 0);
            default:
                return decodeData(mHdr, phy);
        }
    }

    private static PhyPayload decodeData(MHdr mHdr, byte[] phy) throws LorawanException {
        int n = phy.length;
        if (n < DATA_MIN_LENGTH) {
            throw new LorawanException(Reason.TOO_SHORT, "data frame is " + n + " bytes, min " + DATA_MIN_LENGTH);
        }
        int devAddr = (int) LittleEndian.read(phy, 1, 4);
        int fCtrlByte = phy[5] & 0xFF;
        int fCnt = (int) LittleEndian.read(phy, 6, 2);
        int fOptsLen = fCtrlByte & 0x0F;
        int fOptsEnd = 8 + fOptsLen;
        int micStart = n - PhyPayload.MIC_LENGTH;
        if (fOptsEnd > micStart) {
            throw new LorawanException(Reason.BAD_FOPTS_LEN,
                    "FOptsLen " + fOptsLen + " exceeds the " + (micStart - 8) + " bytes left");
        }
        FHdr fHdr = new FHdr(devAddr, FCtrl.fromByte(fCtrlByte), fCnt, Arrays.copyOfRange(phy, 8, fOptsEnd));
        DataFrame frame;
        if (fOptsEnd == micStart) {
            frame = DataFrame.withoutPort(fHdr);
        } else {
            int fPort = phy[fOptsEnd] & 0xFF;
            if (fPort == 0 && fOptsLen > 0) {
                throw new LorawanException(Reason.FOPTS_WITH_FPORT_0, "FOpts present with FPort 0");
            }
            frame = new DataFrame(fHdr, PORTS[fPort], Arrays.copyOfRange(phy, fOptsEnd + 1, micStart));
        }
        return new PhyPayload(mHdr, frame, readMic(phy));
    }

    private static PhyPayload decodeJoinRequest(MHdr mHdr, byte[] phy) throws LorawanException {
        expectLength(phy, 1 + JoinRequest.LENGTH + PhyPayload.MIC_LENGTH, "join-request");
        JoinRequest jr = new JoinRequest(LittleEndian.read(phy, 1, 8), LittleEndian.read(phy, 9, 8),
                (int) LittleEndian.read(phy, 17, 2));
        return new PhyPayload(mHdr, jr, readMic(phy));
    }

    private static PhyPayload decodeRejoinRequest(MHdr mHdr, byte[] phy) throws LorawanException {
        if (phy.length < 2) {
            throw new LorawanException(Reason.TOO_SHORT, "rejoin-request without RejoinType");
        }
        int type = phy[1] & 0xFF;
        MacPayload payload;
        if (type == 0 || type == 2) {
            expectLength(phy, 1 + NetworkRejoinRequest.LENGTH + PhyPayload.MIC_LENGTH, "rejoin-request type " + type);
            payload = new NetworkRejoinRequest(type, (int) LittleEndian.read(phy, 2, 3), LittleEndian.read(phy, 5, 8),
                    (int) LittleEndian.read(phy, 13, 2));
        } else if (type == JoinServerRejoinRequest.REJOIN_TYPE) {
            expectLength(phy, 1 + JoinServerRejoinRequest.LENGTH + PhyPayload.MIC_LENGTH, "rejoin-request type 1");
            payload = new JoinServerRejoinRequest(LittleEndian.read(phy, 2, 8), LittleEndian.read(phy, 10, 8),
                    (int) LittleEndian.read(phy, 18, 2));
        } else {
            throw new LorawanException(Reason.BAD_FIELD, "unknown RejoinType " + type);
        }
        return new PhyPayload(mHdr, payload, readMic(phy));
    }

    private static PhyPayload decodeJoinAccept(MHdr mHdr, byte[] phy) throws LorawanException {
        int shortLength = 1 + JoinAccept.LENGTH_WITHOUT_CF_LIST + PhyPayload.MIC_LENGTH;
        if (phy.length != shortLength && phy.length != shortLength + CfList.LENGTH) {
            throw new LorawanException(Reason.BAD_JOIN_ACCEPT,
                    "join-accept is " + phy.length + " bytes, expected 17 or 33");
        }
        Optional<CfList> cfList = phy.length == shortLength ? Optional.empty() : Optional.of(decodeCfList(phy, 13));
        JoinAccept ja = new JoinAccept((int) LittleEndian.read(phy, 1, 3), (int) LittleEndian.read(phy, 4, 3),
                (int) LittleEndian.read(phy, 7, 4), DlSettings.fromByte(phy[11] & 0xFF), phy[12] & 0xFF, cfList);
        return new PhyPayload(mHdr, ja, readMic(phy));
    }

    /** Parses a CFList on its own (16 bytes, as {@code Band.cfListFrequencies} builds them). */
    public static CfList decodeCfList(byte[] cfList) throws LorawanException {
        if (cfList == null || cfList.length != CfList.LENGTH) {
            throw new LorawanException(Reason.BAD_CF_LIST,
                    "a CFList is 16 bytes, got " + (cfList == null ? "none" : cfList.length));
        }
        return decodeCfList(cfList, 0);
    }

    private static CfList decodeCfList(byte[] b, int off) throws LorawanException {
        int type = b[off + CfList.LENGTH - 1] & 0xFF;
        if (type == FrequencyCfList.TYPE) {
            Integer[] freqs = new Integer[FrequencyCfList.CHANNELS];
            for (int i = 0; i < freqs.length; i++) {
                freqs[i] = (int) LittleEndian.read(b, off + 3 * i, 3) * FrequencyCfList.HZ_PER_UNIT;
            }
            return new FrequencyCfList(List.of(freqs));
        }
        if (type == ChannelMaskCfList.TYPE) {
            Integer[] masks = new Integer[ChannelMaskCfList.MASKS];
            for (int i = 0; i < masks.length; i++) {
                masks[i] = (int) LittleEndian.read(b, off + 2 * i, 2);
            }
            return new ChannelMaskCfList(List.of(masks));
        }
        throw new LorawanException(Reason.BAD_CF_LIST, "unknown CFListType " + type);
    }

    private static void expectLength(byte[] phy, int expected, String what) throws LorawanException {
        if (phy.length != expected) {
            throw new LorawanException(phy.length < expected ? Reason.TOO_SHORT : Reason.TOO_LONG,
                    what + " is " + phy.length + " bytes, expected " + expected);
        }
    }

    private static int readMic(byte[] phy) {
        int i = phy.length - PhyPayload.MIC_LENGTH;
        return (phy[i] & 0xFF) << 24 | (phy[i + 1] & 0xFF) << 16 | (phy[i + 2] & 0xFF) << 8 | (phy[i + 3] & 0xFF);
    }
}
