package io.longwave.gateway.udp;

import io.longwave.gateway.GatewayEntry;
import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.plan.FrequencyPlan;
import io.longwave.lorawan.plan.FrequencyPlans;
import io.longwave.lorawan.region.Band;
import io.longwave.lorawan.region.DataRate;
import io.longwave.lorawan.region.Modulation;
import io.longwave.network.GatewayUplink;
import io.longwave.network.RxMetadata;
import io.longwave.network.UplinkSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an {@code rxpk} into the Network Server's uplink copy, with the data rate index of the gateway's band. */
@ApplicationScoped
public class RxPacketConverter {

    private static final Pattern LORA_DATR = Pattern.compile("SF(\\d{1,2})BW(\\d{2,3})");
    /**
     * How far from a radio's centre frequency a packet may be: an SX125x radio hears about 0.5 MHz either
     * side; 1 MHz leaves room for any layout and still refuses what no radio of the plan can tune to.
     */
    private static final long RADIO_REACH_HZ = 1_000_000;

    /** @return the uplink, or null when its data rate is not one of the band's or no radio of the plan reaches its frequency */
    public GatewayUplink convert(GatewayEntry gateway, RxPacket rx, long receivedAtNanos) {
        Band band;
        try {
            FrequencyPlan plan = FrequencyPlans.byId(gateway.frequencyPlanId());
            if (!reachable(plan, rx.frequencyHz())) {
                return null;
            }
            band = plan.band();
        } catch (LorawanException e) {
            return null;
        }
        int sf = 0;
        int bw = 0;
        int index = -1;
        if ("LORA".equalsIgnoreCase(rx.modulation())) {
            Matcher m = LORA_DATR.matcher(rx.dataRate());
            if (!m.matches()) {
                return null;
            }
            sf = Integer.parseInt(m.group(1));
            bw = Integer.parseInt(m.group(2)) * 1000;
            for (DataRate dr : band.dataRates()) {
                if (dr != null && dr.modulation() == Modulation.LORA && dr.spreadingFactor() == sf
                        && dr.bandwidthHz() == bw && dr.uplink()) {
                    index = dr.index();
                    break;
                }
            }
        } else {
            for (DataRate dr : band.dataRates()) {
                if (dr != null && dr.modulation() == Modulation.FSK && Integer.toString(dr.bitRate()).equals(rx.dataRate())) {
                    index = dr.index();
                    break;
                }
            }
        }
        if (index < 0) {
            return null;
        }
        RxMetadata md = new RxMetadata(gateway.gatewayId(), gateway.eui(), rx.tmst(), rx.time(), rx.rssi(), rx.snr(),
                rx.channel(), rx.rfChain(), "udp", Instant.now());
        return new GatewayUplink(rx.payload(), md, new UplinkSettings(rx.frequencyHz(), index, sf, bw, rx.codingRate()),
                gateway.frequencyPlanId(), receivedAtNanos);
    }

    /** Whether a radio of the plan can tune to {@code frequencyHz} (also used for Basics Station uplinks). */
    public static boolean reachable(FrequencyPlan plan, long frequencyHz) {
        for (long center : plan.radioCentersHz()) {
            if (frequencyHz >= center - RADIO_REACH_HZ && frequencyHz <= center + RADIO_REACH_HZ) {
                return true;
            }
        }
        return false;
    }
}
