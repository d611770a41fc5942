package io.longwave.gateway.station;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.plan.FrequencyPlan;
import io.longwave.lorawan.plan.GatewayRadioLayout;
import io.longwave.lorawan.plan.IfChannel;
import io.longwave.lorawan.region.Band;
import io.longwave.lorawan.region.DataRate;
import io.longwave.lorawan.region.Modulation;
import io.longwave.platform.json.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * The {@code router_config} a Basics Station gets in answer to {@code version}, built from the gateway's
 * frequency plan: region, frequency range, the band's 16 data rates, one SX1301 board with the plan's
 * radios and IF channels, the plan's maximum EIRP and our clock. The station refuses a config without
 * {@code hwspec} or {@code sx1301_conf}.
 */
public final class RouterConfig {

    /** Band ID to the region name the station knows (it applies its own regulatory rules by this name). */
    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("EU_863_870", "EU863"), Map.entry("US_902_928", "US902"), Map.entry("AU_915_928", "AU915"),
            Map.entry("AS_923", "AS923-1"), Map.entry("AS_923_2", "AS923-2"), Map.entry("AS_923_3", "AS923-3"),
            Map.entry("AS_923_4", "AS923-4"), Map.entry("KR_920_923", "KR920"), Map.entry("IN_865_867", "IN865"),
            Map.entry("CN_470_510", "CN470"), Map.entry("RU_864_870", "RU864"), Map.entry("EU_433", "EU433"),
            Map.entry("CN_779_787", "CN779"));

    /** The band's frequency range in Hz: the station refuses a downlink frequency outside it. */
    private static final Map<String, long[]> RANGES = Map.ofEntries(
            Map.entry("EU_863_870", new long[] {863_000_000L, 870_000_000L}),
            Map.entry("US_902_928", new long[] {902_000_000L, 928_000_000L}),
            Map.entry("AU_915_928", new long[] {915_000_000L, 928_000_000L}),
            Map.entry("AS_923", new long[] {915_000_000L, 928_000_000L}),
            Map.entry("AS_923_2", new long[] {915_000_000L, 928_000_000L}),
            Map.entry("AS_923_3", new long[] {915_000_000L, 928_000_000L}),
            Map.entry("AS_923_4", new long[] {915_000_000L, 928_000_000L}),
            Map.entry("KR_920_923", new long[] {920_900_000L, 923_300_000L}),
            Map.entry("IN_865_867", new long[] {865_000_000L, 867_000_000L}),
            Map.entry("CN_470_510", new long[] {470_000_000L, 510_000_000L}),
            Map.entry("RU_864_870", new long[] {864_000_000L, 870_000_000L}),
            Map.entry("EU_433", new long[] {433_175_000L, 434_665_000L}),
            Map.entry("CN_779_787", new long[] {779_500_000L, 786_500_000L}));

    private RouterConfig() {
    }

    /**
     * @param netIds    NetIDs whose data frames the station forwards; empty for all (sent as null)
     * @param joinEuis  JoinEUI ranges [lo, hi] of join-requests the station forwards; empty for all (null)
     * @param noDutyCycle true when the station must not enforce a duty cycle itself
     */
    public static JsonObject build(FrequencyPlan plan, List<Long> netIds, List<long[]> joinEuis, boolean noDutyCycle,
                                   double muxTime) throws LorawanException {
        Band band = plan.band();
        String region = REGIONS.get(band.id());
        long[] range = RANGES.get(band.id());
        if (region == null || range == null) {
            throw new LorawanException(LorawanException.Reason.UNSUPPORTED, "band " + band.id() + " has no Basics Station region");
        }
        JsonObjectBuilder b = Jsonp.createObjectBuilder().add("msgtype", "router_config");
        if (netIds.isEmpty()) {
            b.addNull("NetID");
        } else {
            JsonArrayBuilder a = Jsonp.createArrayBuilder();
            netIds.forEach(a::add);
            b.add("NetID", a);
        }
        if (joinEuis.isEmpty()) {
            b.addNull("JoinEui");
        } else {
            JsonArrayBuilder a = Jsonp.createArrayBuilder();
            joinEuis.forEach(r -> a.add(Jsonp.createArrayBuilder().add(r[0]).add(r[1])));
            b.add("JoinEui", a);
        }
        b.add("region", region)
                .add("hwspec", "sx1301/1")
                .add("freq_range", Jsonp.createArrayBuilder().add(range[0]).add(range[1]))
                .add("DRs", dataRates(band))
                .add("sx1301_conf", Jsonp.createArrayBuilder().add(board(plan.gatewayLayout(), range)))
                .add("max_eirp", plan.maxEirpDbm())
                .add("MuxTime", muxTime);
        if (noDutyCycle) {
            b.add("nodc", true);
        }
        return b.build();
    }

    /** 16 entries [SF, BW kHz, downlink only]: SF 0 is FSK, -1 a rate the band does not define (or LR-FHSS). */
    static JsonArrayBuilder dataRates(Band band) {
        DataRate[] byIndex = new DataRate[16];
        for (DataRate dr : band.dataRates()) {
            if (dr != null && dr.index() >= 0 && dr.index() < 16) {
                byIndex[dr.index()] = dr;
            }
        }
        JsonArrayBuilder a = Jsonp.createArrayBuilder();
        for (DataRate dr : byIndex) {
            if (dr != null && dr.modulation() == Modulation.LORA) {
                a.add(Jsonp.createArrayBuilder().add(dr.spreadingFactor()).add(dr.bandwidthHz() / 1000)
                        .add(dr.uplink() ? 0 : 1));
            } else if (dr != null && dr.modulation() == Modulation.FSK) {
                a.add(Jsonp.createArrayBuilder().add(0).add(0).add(dr.uplink() ? 0 : 1));
            } else {
                a.add(Jsonp.createArrayBuilder().add(-1).add(0).add(0));
            }
        }
        return a;
    }

    /** One SX1301: radio 0 transmits (tx_enable), IF channels as the plan lays them out. */
    static JsonObjectBuilder board(GatewayRadioLayout layout, long[] range) {
        JsonObjectBuilder conf = Jsonp.createObjectBuilder();
        List<Long> radios = layout.radioCentersHz();
        for (int i = 0; i < 2; i++) {
            JsonObjectBuilder r = Jsonp.createObjectBuilder().add("enable", i < radios.size());
            if (i < radios.size()) {
                r.add("freq", radios.get(i)).add("type", "SX1257").add("rssi_offset", -166).add("tx_enable", i == 0);
                if (i == 0) {
                    r.add("tx_freq_min", range[0]).add("tx_freq_max", range[1]);
                }
            }
            conf.add("radio_" + i, r);
        }
        List<IfChannel> multiSf = layout.multiSfChannels();
        for (int i = 0; i < 8; i++) {
            conf.add("chan_multiSF_" + i, i < multiSf.size() ? channel(multiSf.get(i))
                    : Jsonp.createObjectBuilder().add("enable", false));
        }
        conf.add("chan_Lora_std", layout.loraStandardChannel()
                .map(c -> channel(c).add("bandwidth", c.bandwidthHz()).add("spread_factor", c.spreadingFactor()))
                .orElseGet(() -> Jsonp.createObjectBuilder().add("enable", false)));
        conf.add("chan_FSK", layout.fskChannel()
                .map(c -> channel(c).add("datarate", c.bitRate()))
                .orElseGet(() -> Jsonp.createObjectBuilder().add("enable", false)));
        return conf;
    }

    private static JsonObjectBuilder channel(IfChannel c) {
        return Jsonp.createObjectBuilder().add("enable", true).add("radio", c.radio()).add("if", c.ifOffsetHz());
    }
}
