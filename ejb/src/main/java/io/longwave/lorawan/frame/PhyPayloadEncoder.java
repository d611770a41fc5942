package io.longwave.lorawan.frame;

import io.longwave.lorawan.LittleEndian;

/** Writes a {@link PhyPayload} to wire bytes (a plaintext join-accept stays plaintext). Stateless. */
public final class PhyPayloadEncoder {

    private PhyPayloadEncoder() {
    }

    public static byte[] encode(PhyPayload p) {
        byte[] out = new byte[p.length()];
        out[0] = (byte) p.mHdr().toByte();
        MacPayload payload = p.macPayload();
        if (payload instanceof Proprietary prop) {
            byte[] raw = prop.payload();
            System.arraycopy(raw, 0, out, 1, raw.length);
            return out;
        }
        if (payload instanceof DataFrame d) {
            writeData(d, out);
        } else if (payload instanceof JoinRequest j) {
            LittleEndian.write(out, 1, 8, j.joinEui());
            LittleEndian.write(out, 9, 8, j.devEui());
            LittleEndian.write(out, 17, 2, j.devNonce());
        } else if (payload instanceof JoinAccept j) {
            writeJoinAccept(j, out);
        } else if (payload instanceof NetworkRejoinRequest r) {
            out[1] = (byte) r.rejoinType();
            LittleEndian.write(out, 2, 3, r.netId());
            LittleEndian.write(out, 5, 8, r.devEui());
            LittleEndian.write(out, 13, 2, r.rjCount0());
        } else if (payload instanceof JoinServerRejoinRequest r) {
            out[1] = (byte) JoinServerRejoinRequest.REJOIN_TYPE;
            LittleEndian.write(out, 2, 8, r.joinEui());
            LittleEndian.write(out, 10, 8, r.devEui());
            LittleEndian.write(out, 18, 2, r.rjCount1());
        }
        writeMic(out, p.mic());
        return out;
    }

    /** Overwrites the last four bytes of an encoded frame with {@code mic}, once it has been computed. */
    public static void writeMic(byte[] phy, int mic) {
        int i = phy.length - PhyPayload.MIC_LENGTH;
        phy[i] = (byte) (mic >>> 24);
        phy[i + 1] = (byte) (mic >>> 16);
        phy[i + 2] = (byte) (mic >>> 8);
        phy[i + 3] = (byte) mic;
    }

    private static void writeData(DataFrame d, byte[] out) {
        FHdr h = d.fHdr();
        LittleEndian.write(out, 1, 4, h.devAddr());
        out[5] = (byte) h.fCtrl().toByte(h.fOptsLength());
        LittleEndian.write(out, 6, 2, h.fCnt());
        h.writeFOpts(out, 8);
        if (d.fPort().isPresent()) {
            int portAt = 8 + h.fOptsLength();
            out[portAt] = (byte) d.fPort().getAsInt();
            d.writeFrmPayload(out, portAt + 1);
        }
    }

    private static void writeJoinAccept(JoinAccept j, byte[] out) {
        LittleEndian.write(out, 1, 3, j.joinNonce());
        LittleEndian.write(out, 4, 3, j.netId());
        LittleEndian.write(out, 7, 4, j.devAddr());
        out[11] = (byte) j.dlSettings().toByte();
        out[12] = (byte) j.rxDelay();
        if (j.cfList().isPresent()) {
            CfList cf = j.cfList().get();
            if (cf instanceof FrequencyCfList f) {
                for (int i = 0; i < FrequencyCfList.CHANNELS; i++) {
                    LittleEndian.write(out, 13 + 3 * i, 3, f.frequenciesHz().get(i) / FrequencyCfList.HZ_PER_UNIT);
                }
            } else if (cf instanceof ChannelMaskCfList m) {
                for (int i = 0; i < ChannelMaskCfList.MASKS; i++) {
                    LittleEndian.write(out, 13 + 2 * i, 2, m.chMasks().get(i));
                }
            }
            out[13 + CfList.LENGTH - 1] = (byte) cf.type();
        }
    }
}
