package io.longwave.application;

import io.longwave.platform.json.Jsonp;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.radio.TimeOnAir;
import io.longwave.network.AcceptedUplink;
import io.longwave.network.RxMetadata;
import io.longwave.network.UplinkSettings;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Base64;

/** The Things Stack v3 JSON of an uplink: {@code end_device_ids} and {@code uplink_message}. */
public final class UplinkMessageJson {

    private UplinkMessageJson() {
    }

    public static JsonObject deviceIds(String appId, String deviceId, String devEui, String joinEui, Integer devAddr) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("device_id", deviceId)
                .add("application_ids", Jsonp.createObjectBuilder().add("application_id", appId));
        if (devEui != null && !devEui.isEmpty()) {
            b.add("dev_eui", devEui);
        }
        if (joinEui != null && !joinEui.isEmpty()) {
            b.add("join_eui", joinEui);
        }
        if (devAddr != null) {
            b.add("dev_addr", String.format("%08X", devAddr));
        }
        return b.build();
    }

    public static JsonObject uplinkMessage(AcceptedUplink up, byte[] plaintext, JsonObject decoded, Instant receivedAt) {
        JsonObjectBuilder m = Jsonp.createObjectBuilder()
                .add("session_key_id", up.device().sessionId())
                .add("f_port", up.frame().fPort().orElse(0))
                .add("f_cnt", up.fCnt())
                .add("frm_payload", Base64.getEncoder().encodeToString(plaintext));
        if (decoded != null) {
            m.add("decoded_payload", decoded);
        }
        JsonArrayBuilder md = Jsonp.createArrayBuilder();
        for (RxMetadata r : up.uplink().metadata()) {
            md.add(metadata(r));
        }
        UplinkSettings s = up.uplink().settings();
        m.add("rx_metadata", md)
                .add("settings", settings(s, up.uplink().metadata().get(0).timestamp()))
                .add("received_at", receivedAt.toString())
                .add("consumed_airtime", airtime(up.uplink().phyPayload().length, s))
                .add("confirmed", up.confirmed());
        return m.build();
    }

    public static JsonObject metadata(RxMetadata r) {
        JsonObjectBuilder b = Jsonp.createObjectBuilder()
                .add("gateway_ids", Jsonp.createObjectBuilder().add("gateway_id", r.gatewayId()).add("eui", r.gatewayEui()))
                .add("timestamp", r.timestamp())
                .add("rssi", r.rssi())
                .add("channel_rssi", r.rssi())
                .add("snr", r.snr())
                .add("channel_index", r.channelIndex())
                .add("received_at", r.receivedAt().toString());
        if (r.time() != null) {
            b.add("time", r.time().toString());
        }
        return b.build();
    }

    public static JsonObject settings(UplinkSettings s, long timestamp) {
        return Jsonp.createObjectBuilder()
                .add("data_rate", Jsonp.createObjectBuilder().add("lora", Jsonp.createObjectBuilder()
                        .add("bandwidth", s.bandwidthHz()).add("spreading_factor", s.spreadingFactor())
                        .add("coding_rate", s.codingRate())))
                .add("frequency", Long.toString(s.frequencyHz()))
                .add("timestamp", timestamp)
                .build();
    }

    /** Time on air as a protobuf duration string ({@code "0.061696s"}). */
    static String airtime(int phyLength, UplinkSettings s) {
        try {
            long micros = Math.round(TimeOnAir.loraUplinkMillis(phyLength, s.spreadingFactor(), s.bandwidthHz(), 5) * 1000);
            // by hand: String.format was a visible share of the uplink path
            String fraction = Long.toString(1_000_000 + micros % 1_000_000).substring(1);
            return micros / 1_000_000 + "." + fraction + "s";
        } catch (LorawanException | RuntimeException e) {
            return "0s";
        }
    }

}
