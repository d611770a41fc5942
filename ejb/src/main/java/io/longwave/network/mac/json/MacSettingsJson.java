package io.longwave.network.mac.json;

import io.longwave.platform.json.Jsonp;
import io.longwave.network.mac.BandFeatures;
import io.longwave.network.mac.MacSettings;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Things Stack's {@code mac_settings} JSON. Values may be plain or wrapped as {@code {"value": x}}; enums may
 * be names ({@code "DUTY_CYCLE_1024"}, {@code "RX_DELAY_5"}) or their protobuf numbers, which equal the exponent
 * or index the engine stores. {@code adr_min_history} and the {@code desired_rejoin_*} fields are Longwave's.
 */
public final class MacSettingsJson {

    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)\\D*$");
    /** REJOIN_COUNT_16 is exponent 0: the count is 2^(n+4). */
    private static final int REJOIN_COUNT_OFFSET = 4;

    private MacSettingsJson() {
    }

    public static MacSettings fromJson(JsonObject o) {
        MacSettings.Builder b = MacSettings.builder();
        JsonValue v;
        if ((v = get(o, "adr_margin")) != null) {
            b.adrMargin = ((JsonNumber) v).doubleValue();
        }
        if ((v = get(o, "use_adr")) != null) {
            b.useAdr = v == JsonValue.TRUE;
        }
        if ((v = get(o, "adr_min_history")) != null) {
            b.adrMinHistory = ((JsonNumber) v).intValue();
        }
        b.desiredRx1Delay = enumValue(o, "desired_rx1_delay", n -> n);
        b.desiredRx1DataRateOffset = enumValue(o, "desired_rx1_data_rate_offset", n -> n);
        b.desiredRx2DataRateIndex = enumValue(o, "desired_rx2_data_rate_index", n -> n);
        b.desiredRx2Frequency = longValue(o, "desired_rx2_frequency");
        b.desiredMaxDutyCycle = enumValue(o, "desired_max_duty_cycle", MacSettingsJson::log2);
        if ((v = get(o, "status_count_periodicity")) != null) {
            b.statusCountPeriodicity = ((JsonNumber) v).intValue();
        }
        if ((v = get(o, "status_time_periodicity")) != null) {
            b.statusTimePeriodicity = duration(v);
        }
        if ((v = get(o, "supports_32_bit_f_cnt")) != null) {
            b.supports32BitFCnt = v == JsonValue.TRUE;
        }
        b.rx1Delay = enumValue(o, "rx1_delay", n -> n);
        if (o.containsKey("factory_preset_frequencies")) {
            List<Long> hz = new ArrayList<>();
            for (JsonValue f : o.getJsonArray("factory_preset_frequencies")) {
                hz.add(asLong(f));
            }
            b.factoryPresetFrequencies = hz;
        }
        b.desiredAdrAckLimitExponent = enumValue(o, "desired_adr_ack_limit_exponent", MacSettingsJson::log2);
        b.desiredAdrAckDelayExponent = enumValue(o, "desired_adr_ack_delay_exponent", MacSettingsJson::log2);
        b.pingSlotPeriodicity = enumValue(o, "ping_slot_periodicity", MacSettingsJson::log2);
        b.desiredPingSlotDataRateIndex = enumValue(o, "desired_ping_slot_data_rate_index", n -> n);
        b.desiredPingSlotFrequency = longValue(o, "desired_ping_slot_frequency");
        b.desiredUplinkDwellTime = bool(o, "desired_uplink_dwell_time");
        b.desiredDownlinkDwellTime = bool(o, "desired_downlink_dwell_time");
        b.desiredMaxEirp = enumValue(o, "desired_max_eirp", BandFeatures::maxEirpIndexAtMost);
        b.desiredRejoinTimeExponent = enumValue(o, "desired_rejoin_time_periodicity", n -> n);
        b.desiredRejoinCountExponent = enumValue(o, "desired_rejoin_count_periodicity",
                n -> log2(n) - REJOIN_COUNT_OFFSET);
        return b.build();
    }

    public static JsonObject toJson(MacSettings s) {
        JsonObjectBuilder o = Jsonp.createObjectBuilder()
                .add("adr_margin", s.adrMargin())
                .add("use_adr", s.useAdr())
                .add("adr_min_history", s.adrMinHistory())
                .add("status_count_periodicity", s.statusCountPeriodicity())
                .add("status_time_periodicity", s.statusTimePeriodicity().getSeconds() + "s")
                .add("supports_32_bit_f_cnt", s.supports32BitFCnt());
        wrapped(o, "desired_rx1_delay", s.desiredRx1Delay(), n -> "RX_DELAY_" + n);
        wrapped(o, "desired_rx1_data_rate_offset", s.desiredRx1DataRateOffset(), n -> "DATA_RATE_OFFSET_" + n);
        wrapped(o, "desired_rx2_data_rate_index", s.desiredRx2DataRateIndex(), n -> "DATA_RATE_" + n);
        frequency(o, "desired_rx2_frequency", s.desiredRx2Frequency());
        wrapped(o, "desired_max_duty_cycle", s.desiredMaxDutyCycle(), n -> "DUTY_CYCLE_" + (1 << n));
        wrapped(o, "rx1_delay", s.rx1Delay(), n -> "RX_DELAY_" + n);
        if (!s.factoryPresetFrequencies().isEmpty()) {
            JsonArrayBuilder a = Jsonp.createArrayBuilder();
            s.factoryPresetFrequencies().forEach(hz -> a.add(Long.toString(hz)));
            o.add("factory_preset_frequencies", a);
        }
        wrapped(o, "desired_adr_ack_limit_exponent", s.desiredAdrAckLimitExponent(), n -> "ADR_ACK_LIMIT_" + (1 << n));
        wrapped(o, "desired_adr_ack_delay_exponent", s.desiredAdrAckDelayExponent(), n -> "ADR_ACK_DELAY_" + (1 << n));
        wrapped(o, "ping_slot_periodicity", s.pingSlotPeriodicity(), n -> "PING_EVERY_" + (1 << n) + "S");
        wrapped(o, "desired_ping_slot_data_rate_index", s.desiredPingSlotDataRateIndex(), n -> "DATA_RATE_" + n);
        frequency(o, "desired_ping_slot_frequency", s.desiredPingSlotFrequency());
        if (s.desiredUplinkDwellTime() != null) {
            o.add("desired_uplink_dwell_time", s.desiredUplinkDwellTime());
        }
        if (s.desiredDownlinkDwellTime() != null) {
            o.add("desired_downlink_dwell_time", s.desiredDownlinkDwellTime());
        }
        wrapped(o, "desired_max_eirp", s.desiredMaxEirp(), n -> "DEVICE_EIRP_" + BandFeatures.maxEirpDbm(n));
        wrapped(o, "desired_rejoin_time_periodicity", s.desiredRejoinTimeExponent(), n -> "REJOIN_TIME_" + n);
        wrapped(o, "desired_rejoin_count_periodicity", s.desiredRejoinCountExponent(),
                n -> "REJOIN_COUNT_" + (1 << (n + REJOIN_COUNT_OFFSET)));
        return o.build();
    }

    /** The value under {@code key}, unwrapped from {@code {"value": x}}; null when absent or JSON null. */
    private static JsonValue get(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v instanceof JsonObject wrapper) {
            v = wrapper.get("value");
        }
        return v == null || v == JsonValue.NULL ? null : v;
    }

    /** Enum as protobuf number (taken as is) or name (its trailing number mapped by {@code fromName}). */
    private static Integer enumValue(JsonObject o, String key, IntUnaryOperator fromName) {
        JsonValue v = get(o, key);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.intValue();
        }
        String name = ((JsonString) v).getString();
        Matcher m = TRAILING_NUMBER.matcher(name);
        if (!m.find()) {
            throw new IllegalArgumentException(key + ": cannot read " + name);
        }
        return fromName.applyAsInt(Integer.parseInt(m.group(1)));
    }

    private static Long longValue(JsonObject o, String key) {
        JsonValue v = get(o, key);
        return v == null ? null : asLong(v);
    }

    /** protojson writes 64-bit numbers as strings. */
    private static long asLong(JsonValue v) {
        return v instanceof JsonNumber n ? n.longValue() : Long.parseLong(((JsonString) v).getString());
    }

    private static Boolean bool(JsonObject o, String key) {
        JsonValue v = get(o, key);
        return v == null ? null : v == JsonValue.TRUE;
    }

    /** protojson Duration: "86400s" (fractions allowed); a bare number is taken as seconds. */
    private static Duration duration(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return Duration.ofSeconds(n.longValue());
        }
        String text = ((JsonString) v).getString().trim();
        if (text.endsWith("s")) {
            text = text.substring(0, text.length() - 1);
        }
        return Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
    }

    private static int log2(int n) {
        if (n <= 0 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException(n + " is not a power of two");
        }
        return Integer.numberOfTrailingZeros(n);
    }

    private static void wrapped(JsonObjectBuilder o, String key, Integer value, java.util.function.IntFunction<String> name) {
        if (value != null) {
            o.add(key, Jsonp.createObjectBuilder().add("value", name.apply(value)));
        }
    }

    private static void frequency(JsonObjectBuilder o, String key, Long hz) {
        if (hz != null) {
            o.add(key, Jsonp.createObjectBuilder().add("value", Long.toString(hz)));
        }
    }
}
