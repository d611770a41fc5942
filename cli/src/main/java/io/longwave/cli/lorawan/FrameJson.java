package io.longwave.cli.lorawan;

import io.longwave.lorawan.frame.ChannelMaskCfList;
import io.longwave.lorawan.frame.CfList;
import io.longwave.lorawan.frame.DataFrame;
import io.longwave.lorawan.frame.DlSettings;
import io.longwave.lorawan.frame.FCtrl;
import io.longwave.lorawan.frame.FHdr;
import io.longwave.lorawan.frame.FrequencyCfList;
import io.longwave.lorawan.frame.JoinAccept;
import io.longwave.lorawan.frame.JoinRequest;
import io.longwave.lorawan.frame.JoinServerRejoinRequest;
import io.longwave.lorawan.frame.MacPayload;
import io.longwave.lorawan.frame.NetworkRejoinRequest;
import io.longwave.lorawan.frame.PhyPayload;
import io.longwave.lorawan.frame.Proprietary;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/** Renders frame records as JSON with The Things Stack's snake_case field names. */
final class FrameJson {

    private final JsonProvider json;

    FrameJson(JsonProvider json) {
        this.json = json;
    }

    JsonObjectBuilder phyPayload(PhyPayload p) {
        JsonObjectBuilder out = json.createObjectBuilder()
                .add("m_hdr", json.createObjectBuilder()
                        .add("m_type", p.mHdr().mType().name())
                        .add("major", p.mHdr().major().name()));
        MacPayload payload = p.macPayload();
        if (payload instanceof DataFrame d) {
            out.add("mac_payload", data(d, p.mHdr().mType().direction() == io.longwave.lorawan.Direction.UPLINK));
        } else if (payload instanceof JoinRequest j) {
            out.add("join_request_payload", json.createObjectBuilder()
                    .add("join_eui", Hex.of(j.joinEui(), 8))
                    .add("dev_eui", Hex.of(j.devEui(), 8))
                    .add("dev_nonce", Hex.of(j.devNonce(), 2)));
        } else if (payload instanceof JoinAccept j) {
            out.add("join_accept_payload", joinAccept(j));
        } else if (payload instanceof NetworkRejoinRequest r) {
            out.add("rejoin_request_payload", json.createObjectBuilder()
                    .add("rejoin_type", r.rejoinType())
                    .add("net_id", Hex.of(r.netId(), 3))
                    .add("dev_eui", Hex.of(r.devEui(), 8))
                    .add("rj_count", r.rjCount0()));
        } else if (payload instanceof JoinServerRejoinRequest r) {
            out.add("rejoin_request_payload", json.createObjectBuilder()
                    .add("rejoin_type", JoinServerRejoinRequest.REJOIN_TYPE)
                    .add("join_eui", Hex.of(r.joinEui(), 8))
                    .add("dev_eui", Hex.of(r.devEui(), 8))
                    .add("rj_count", r.rjCount1()));
        } else if (payload instanceof Proprietary prop) {
            out.add("raw_payload", Hex.of(prop.payload()));
            return out;
        }
        return out.add("mic", Hex.of(p.mic() & 0xFFFFFFFFL, 4));
    }

    private JsonObjectBuilder data(DataFrame d, boolean uplink) {
        FHdr h = d.fHdr();
        FCtrl c = h.fCtrl();
        JsonObjectBuilder fCtrl = json.createObjectBuilder().add("adr", c.adr()).add("ack", c.ack());
        if (uplink) {
            fCtrl.add("adr_ack_req", c.adrAckReq()).add("class_b", c.classB());
        } else {
            fCtrl.add("f_pending", c.fPending());
        }
        JsonObjectBuilder out = json.createObjectBuilder().add("f_hdr", json.createObjectBuilder()
                .add("dev_addr", Hex.of(h.devAddr() & 0xFFFFFFFFL, 4))
                .add("f_ctrl", fCtrl)
                .add("f_cnt", h.fCnt())
                .add("f_opts", Hex.of(h.fOpts())));
        if (d.fPort().isPresent()) {
            out.add("f_port", d.fPort().getAsInt()).add("frm_payload", Hex.of(d.frmPayload()));
        }
        return out;
    }

    private JsonObjectBuilder joinAccept(JoinAccept j) {
        DlSettings dl = j.dlSettings();
        JsonObjectBuilder out = json.createObjectBuilder()
                .add("join_nonce", Hex.of(j.joinNonce(), 3))
                .add("net_id", Hex.of(j.netId(), 3))
                .add("dev_addr", Hex.of(j.devAddr() & 0xFFFFFFFFL, 4))
                .add("dl_settings", json.createObjectBuilder()
                        .add("opt_neg", dl.optNeg())
                        .add("rx1_dr_offset", dl.rx1DrOffset())
                        .add("rx2_dr", dl.rx2DataRate()))
                .add("rx_delay", j.rxDelay());
        j.cfList().ifPresent(cf -> out.add("cf_list", cfList(cf)));
        return out;
    }

    private JsonObjectBuilder cfList(CfList cf) {
        JsonArrayBuilder values = json.createArrayBuilder();
        if (cf instanceof FrequencyCfList f) {
            f.frequenciesHz().forEach(values::add);
            return json.createObjectBuilder().add("type", cf.type()).add("frequencies", values);
        }
        ((ChannelMaskCfList) cf).chMasks().forEach(values::add);
        return json.createObjectBuilder().add("type", cf.type()).add("ch_masks", values);
    }
}
