package io.longwave.cli.lorawan;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanException;
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
import io.longwave.lorawan.frame.JoinAccept;
import io.longwave.lorawan.frame.JoinRequest;
import io.longwave.lorawan.frame.JoinServerRejoinRequest;
import io.longwave.lorawan.frame.MType;
import io.longwave.lorawan.frame.NetworkRejoinRequest;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.frame.PhyPayloadDecoder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Arrays;
import java.util.Optional;

/** Decodes a PHYPayload to JSON and, for each key given, adds the MIC check and the decrypted content. */
final class FrameInspector {

    private final JsonProvider json;
    private final KeyOptions keys;
    private final FrameJson frameJson;
    private final MacCommandsJson macJson;

    FrameInspector(JsonProvider json, KeyOptions keys) {
        this.json = json;
        this.keys = keys;
        this.frameJson = new FrameJson(json);
        this.macJson = new MacCommandsJson(json);
    }

    JsonObject inspect(byte[] phy) throws LorawanException {
        if (phy.length > 0 && MType.ofCode((phy[0] & 0xFF) >>> 5) == MType.JOIN_ACCEPT) {
            return joinAccept(phy);
        }
        PhyPayload p = PhyPayloadDecoder.decode(phy);
        JsonObjectBuilder out = frameJson.phyPayload(p);
        int micLength = phy.length - PhyPayload.MIC_LENGTH;
        Optional<KeyContext> micKey = Optional.empty();
        if (p.macPayload() instanceof DataFrame d) {
            data(p, d, phy, out);
        } else if (p.macPayload() instanceof JoinRequest) {
            micKey = keys.joinRootKey().map(KeyContext::new);
        } else if (p.macPayload() instanceof NetworkRejoinRequest) {
            micKey = KeyOptions.context(keys.sNwkSIntKey);
        } else if (p.macPayload() instanceof JoinServerRejoinRequest r) {
            micKey = keys.jsIntKey(Optional.of(r.devEui()));
        }
        if (micKey.isPresent()) {
            out.add("mic_valid", JoinMic.compute(micKey.get(), phy, 0, micLength) == p.mic());
        }
        return out.build();
    }

    private void data(PhyPayload p, DataFrame d, byte[] phy, JsonObjectBuilder out) throws LorawanException {
        Direction dir = p.mHdr().mType().direction();
        int devAddr = d.fHdr().devAddr();
        long fCnt = ((long) keys.fCntMsb << 16) | d.fHdr().fCnt();
        int micLength = phy.length - PhyPayload.MIC_LENGTH;
        boolean v11 = keys.is11();
        out.add("full_f_cnt", fCnt);
        Optional<Integer> mic = Optional.empty();
        if (!v11 && keys.nwkSKey != null) {
            mic = Optional.of(DataMic.legacy(KeyOptions.context(keys.nwkSKey).get(), dir, devAddr, fCnt, phy, 0,
                    micLength));
        } else if (v11 && dir == Direction.UPLINK && keys.fNwkSIntKey != null && keys.sNwkSIntKey != null) {
            mic = Optional.of(DataMic.uplink11(KeyOptions.context(keys.fNwkSIntKey).get(),
                    KeyOptions.context(keys.sNwkSIntKey).get(), keys.confFCnt, keys.txDr, keys.txCh, devAddr, fCnt,
                    phy, 0, micLength));
        } else if (v11 && dir == Direction.DOWNLINK && keys.sNwkSIntKey != null) {
            mic = Optional.of(DataMic.downlink11(KeyOptions.context(keys.sNwkSIntKey).get(), keys.confFCnt, devAddr,
                    fCnt, phy, 0, micLength));
        }
        mic.ifPresent(m -> out.add("mic_valid", m == p.mic()));

        boolean uplink = dir == Direction.UPLINK;
        byte[] fOpts = d.fHdr().fOpts();
        if (fOpts.length > 0) {
            if (!v11) {
                out.add("f_opts_mac_commands", macJson.parse(fOpts, uplink));
            } else if (keys.nwkSEncKey != null) {
                PayloadCipher.FOptsCounter counter = !uplink && d.fPort().orElse(0) > 0
                        ? PayloadCipher.FOptsCounter.APPLICATION_DOWN : PayloadCipher.FOptsCounter.NETWORK;
                byte[] plain = PayloadCipher.fOpts11(KeyOptions.context(keys.nwkSEncKey).get(), counter, dir, devAddr,
                        fCnt, fOpts);
                out.add("f_opts_plain", Hex.of(plain)).add("f_opts_mac_commands", macJson.parse(plain, uplink));
            }
        }
        if (d.fPort().isPresent()) {
            int fPort = d.fPort().getAsInt();
            String keyHex = fPort > 0 ? keys.appSKey : v11 ? keys.nwkSEncKey : keys.nwkSKey;
            Optional<KeyContext> key = KeyOptions.context(keyHex);
            if (key.isPresent()) {
                byte[] enc = d.frmPayload();
                byte[] plain = PayloadCipher.frmPayload(key.get(), dir, devAddr, fCnt, enc, 0, enc.length);
                out.add("frm_payload_plain", Hex.of(plain));
                if (fPort == 0) {
                    out.add("frm_payload_mac_commands", macJson.parse(plain, uplink));
                }
            }
        }
    }

    private JsonObject joinAccept(byte[] phy) throws LorawanException {
        Optional<AesKey> root = keys.joinRootKey();
        if (root.isEmpty()) {
            return json.createObjectBuilder()
                    .add("m_hdr", json.createObjectBuilder().add("m_type", MType.JOIN_ACCEPT.name()))
                    .add("encrypted_payload", Hex.of(Arrays.copyOfRange(phy, 1, phy.length)))
                    .build();
        }
        byte[] plain = JoinAcceptCipher.decrypt(root.get(), phy);
        PhyPayload p = PhyPayloadDecoder.decode(plain);
        JoinAccept ja = (JoinAccept) p.macPayload();
        JsonObjectBuilder out = frameJson.phyPayload(p).add("decrypted", true);
        int micLength = plain.length - PhyPayload.MIC_LENGTH;
        Optional<Long> joinEui = KeyOptions.optionalHex(keys.joinEui, "--join-eui");
        Optional<Long> devNonce = KeyOptions.optionalHex(keys.devNonce, "--dev-nonce");
        if (!ja.dlSettings().optNeg()) {
            out.add("mic_valid", JoinMic.compute(new KeyContext(root.get()), plain, 0, micLength) == p.mic());
            if (devNonce.isPresent()) {
                SessionKeys10 s = KeyDerivation.derive10(root.get(), ja.joinNonce(), ja.netId(),
                        devNonce.get().intValue());
                out.add("session_keys", json.createObjectBuilder()
                        .add("nwk_s_key", s.nwkSKey().toHex()).add("app_s_key", s.appSKey().toHex()));
            }
            return out.build();
        }
        Optional<KeyContext> jsIntKey = keys.jsIntKey(Optional.empty());
        if (jsIntKey.isPresent() && joinEui.isPresent() && devNonce.isPresent()) {
            int mic = JoinMic.joinAccept11(jsIntKey.get(), keys.joinReqType(), joinEui.get(),
                    devNonce.get().intValue(), plain, 0, micLength);
            out.add("mic_valid", mic == p.mic());
        }
        if (keys.nwkKey != null && keys.appKey != null && joinEui.isPresent() && devNonce.isPresent()) {
            SessionKeys11 s = KeyDerivation.derive11(AesKey.fromHex(keys.nwkKey), AesKey.fromHex(keys.appKey),
                    ja.joinNonce(), joinEui.get(), devNonce.get().intValue());
            out.add("session_keys", json.createObjectBuilder()
                    .add("f_nwk_s_int_key", s.fNwkSIntKey().toHex())
                    .add("s_nwk_s_int_key", s.sNwkSIntKey().toHex())
                    .add("nwk_s_enc_key", s.nwkSEncKey().toHex())
                    .add("app_s_key", s.appSKey().toHex()));
        }
        return out.build();
    }
}
