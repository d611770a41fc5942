package io.longwave.cli.lorawan;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.crypto.PayloadCipher;
import io.longwave.lorawan.frame.CfList;
import io.longwave.lorawan.frame.ChannelMaskCfList;
import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.DlSettings;
import io.longwave.lorawan.frame.FCtrl;
import io.longwave.lorawan.frame.FHdr;
import io.longwave.lorawan.frame.FrequencyCfList;
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
import io.longwave.lorawan.frame.Proprietary;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds wire bytes from {@link Fields}: FRMPayload and FOpts are taken as plaintext and encrypted, and
 * the MIC computed, whenever the matching key is given; otherwise they are used as given.
 */
final class FrameBuilder {

    private final KeyOptions keys;

    FrameBuilder(KeyOptions keys) {
        this.keys = keys;
    }

    byte[] build(Fields f) throws LorawanException {
        MType mType = mType(f.required("m_type"));
        int givenMic = (int) (f.text("mic").isPresent() ? f.hexNumber("mic") : 0);
        MHdr mHdr = MHdr.of(mType);
        switch (mType) {
            case JOIN_REQUEST: {
                JoinRequest jr = new JoinRequest(f.hexNumber("join_eui"), f.hexNumber("dev_eui"),
                        (int) f.hexNumber("dev_nonce"));
                return withMic(PhyPayloadEncoder.encode(new PhyPayload(mHdr, jr, givenMic)),
                        keys.joinRootKey().map(KeyContext::new));
            }
            case REJOIN_REQUEST:
                return rejoin(f, mHdr, givenMic);
            case JOIN_ACCEPT:
                return joinAccept(f, mHdr, givenMic);
            case PROPRIETARY:
                return PhyPayloadEncoder.encode(new PhyPayload(mHdr, new Proprietary(f.bytes("raw_payload")), 0));
            default:
                return data(f, mHdr, givenMic);
        }
    }

    private static MType mType(String name) throws LorawanException {
        try {
            return MType.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LorawanException(LorawanException.Reason.BAD_MTYPE, "unknown m_type " + name);
        }
    }

    private byte[] rejoin(Fields f, MHdr mHdr, int givenMic) throws LorawanException {
        int type = (int) f.integer("rejoin_type");
        long devEui = f.hexNumber("dev_eui");
        int rjCount = (int) f.integer("rj_count");
        MacPayload payload;
        Optional<KeyContext> micKey;
        if (type == JoinServerRejoinRequest.REJOIN_TYPE) {
            payload = new JoinServerRejoinRequest(f.hexNumber("join_eui"), devEui, rjCount);
            micKey = keys.jsIntKey(Optional.of(devEui));
        } else {
            payload = new NetworkRejoinRequest(type, (int) f.hexNumber("net_id"), devEui, rjCount);
            micKey = KeyOptions.context(keys.sNwkSIntKey);
        }
        return withMic(PhyPayloadEncoder.encode(new PhyPayload(mHdr, payload, givenMic)), micKey);
    }

    private byte[] joinAccept(Fields f, MHdr mHdr, int givenMic) throws LorawanException {
        DlSettings dl = dlSettings(f);
        JoinAccept ja = new JoinAccept((int) f.hexNumber("join_nonce"), (int) f.hexNumber("net_id"),
                (int) f.hexNumber("dev_addr"), dl, (int) f.integer("rx_delay", 0), cfList(f));
        byte[] plain = PhyPayloadEncoder.encode(new PhyPayload(mHdr, ja, givenMic));
        Optional<AesKey> root = keys.joinRootKey();
        int micLength = plain.length - PhyPayload.MIC_LENGTH;
        if (dl.optNeg()) {
            Optional<KeyContext> jsIntKey = keys.jsIntKey(Optional.empty());
            if (jsIntKey.isPresent() && keys.joinEui != null && keys.devNonce != null) {
                PhyPayloadEncoder.writeMic(plain, JoinMic.joinAccept11(jsIntKey.get(), keys.joinReqType(),
                        Hex.number(keys.joinEui, "--join-eui"), (int) Hex.number(keys.devNonce, "--dev-nonce"),
                        plain, 0, micLength));
            }
        } else if (root.isPresent()) {
            PhyPayloadEncoder.writeMic(plain, JoinMic.compute(new KeyContext(root.get()), plain, 0, micLength));
        }
        return root.isPresent() ? JoinAcceptCipher.encrypt(root.get(), plain) : plain;
    }

    private static DlSettings dlSettings(Fields f) throws LorawanException {
        Optional<JsonValue> v = f.value("dl_settings");
        if (v.isPresent() && v.get() instanceof JsonObject o) {
            return new DlSettings(o.getBoolean("opt_neg", false), o.getInt("rx1_dr_offset", 0), o.getInt("rx2_dr", 0));
        }
        return DlSettings.fromByte((int) f.integer("dl_settings", 0));
    }

    private static Optional<CfList> cfList(Fields f) throws LorawanException {
        Optional<JsonValue> v = f.value("cf_list");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof JsonObject o) {
            int type = o.getInt("type", 0);
            List<Integer> values = new ArrayList<>();
            String list = type == FrequencyCfList.TYPE ? "frequencies" : "ch_masks";
            if (!o.containsKey(list)) {
                throw new LorawanException(LorawanException.Reason.BAD_CF_LIST, "cf_list type " + type + " needs " + list);
            }
            for (JsonNumber n : o.getJsonArray(list).getValuesAs(JsonNumber.class)) {
                values.add(n.intValueExact());
            }
            if (type == FrequencyCfList.TYPE) {
                return Optional.of(new FrequencyCfList(values));
            }
            if (type == ChannelMaskCfList.TYPE) {
                return Optional.of(new ChannelMaskCfList(values));
            }
            throw new LorawanException(LorawanException.Reason.BAD_CF_LIST, "unknown cf_list type " + type);
        }
        byte[] raw = f.bytes("cf_list");
        if (raw.length == 0) {
            return Optional.empty();
        }
        // Reuse the decoder's CFList checks by decoding a join-accept around the raw bytes.
        byte[] probe = new byte[1 + JoinAccept.LENGTH_WITHOUT_CF_LIST + raw.length + PhyPayload.MIC_LENGTH];
        probe[0] = (byte) MHdr.of(MType.JOIN_ACCEPT).toByte();
        System.arraycopy(raw, 0, probe, 1 + JoinAccept.LENGTH_WITHOUT_CF_LIST, raw.length);
        return ((JoinAccept) PhyPayloadDecoder.decode(probe).macPayload()).cfList();
    }

    private byte[] data(Fields f, MHdr mHdr, int givenMic) throws LorawanException {
        Direction dir = mHdr.mType().direction();
        boolean v11 = keys.is11();
        long fCntField = f.integer("f_cnt");
        long fCnt = fCntField > 0xFFFF ? fCntField : ((long) keys.fCntMsb << 16) | fCntField;
        int devAddr = (int) f.hexNumber("dev_addr");
        FCtrl fCtrl = new FCtrl(f.flag("adr"), f.flag("adr_ack_req"), f.flag("ack"),
                f.flag("class_b") || f.flag("f_pending"));
        OptionalInt fPort = f.text("f_port").isPresent() ? OptionalInt.of((int) f.integer("f_port")) : OptionalInt.empty();
        byte[] fOpts = f.bytes("f_opts");
        if (v11 && keys.nwkSEncKey != null && fOpts.length > 0) {
            PayloadCipher.FOptsCounter counter = dir == Direction.DOWNLINK && fPort.orElse(0) > 0
                    ? PayloadCipher.FOptsCounter.APPLICATION_DOWN : PayloadCipher.FOptsCounter.NETWORK;
            fOpts = PayloadCipher.fOpts11(KeyOptions.context(keys.nwkSEncKey).get(), counter, dir, devAddr, fCnt, fOpts);
        }
        FHdr fHdr = new FHdr(devAddr, fCtrl, (int) (fCnt & 0xFFFF), fOpts);
        byte[] frm = f.bytes("frm_payload");
        if (fPort.isPresent()) {
            int port = fPort.getAsInt();
            Optional<KeyContext> key = KeyOptions.context(port > 0 ? keys.appSKey : v11 ? keys.nwkSEncKey : keys.nwkSKey);
            if (key.isPresent()) {
                frm = PayloadCipher.frmPayload(key.get(), dir, devAddr, fCnt, frm, 0, frm.length);
            }
        }
        byte[] wire = PhyPayloadEncoder.encode(new PhyPayload(mHdr, new DataFrame(fHdr, fPort, frm), givenMic));
        int micLength = wire.length - PhyPayload.MIC_LENGTH;
        if (!v11 && keys.nwkSKey != null) {
            PhyPayloadEncoder.writeMic(wire, DataMic.legacy(KeyOptions.context(keys.nwkSKey).get(), dir, devAddr, fCnt,
                    wire, 0, micLength));
        } else if (v11 && dir == Direction.UPLINK && keys.fNwkSIntKey != null && keys.sNwkSIntKey != null) {
            PhyPayloadEncoder.writeMic(wire, DataMic.uplink11(KeyOptions.context(keys.fNwkSIntKey).get(),
                    KeyOptions.context(keys.sNwkSIntKey).get(), keys.confFCnt, keys.txDr, keys.txCh, devAddr, fCnt,
                    wire, 0, micLength));
        } else if (v11 && dir == Direction.DOWNLINK && keys.sNwkSIntKey != null) {
            PhyPayloadEncoder.writeMic(wire, DataMic.downlink11(KeyOptions.context(keys.sNwkSIntKey).get(),
                    keys.confFCnt, devAddr, fCnt, wire, 0, micLength));
        }
        return wire;
    }

    private static byte[] withMic(byte[] wire, Optional<KeyContext> key) {
        key.ifPresent(k -> PhyPayloadEncoder.writeMic(wire,
                JoinMic.compute(k, wire, 0, wire.length - PhyPayload.MIC_LENGTH)));
        return wire;
    }
}
