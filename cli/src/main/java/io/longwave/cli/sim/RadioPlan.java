package io.longwave.cli.sim;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.plan.FrequencyPlan;
import io.longwave.lorawan.plan.FrequencyPlans;
import io.longwave.lorawan.plan.PlanChannel;
import io.longwave.lorawan.region.Band;
import io.longwave.lorawan.region.DataRate;
import io.longwave.lorawan.region.Modulation;
import java.util.ArrayList;
import java.util.List;

/** The uplink channels and LoRa data rates of one frequency plan, looked up once. */
public final class RadioPlan {

    private final FrequencyPlan plan;
    private final Band band;
    private final List<PlanChannel> channels;
    private final String[] datr = new String[16];
    private final int defaultDataRate;

    public RadioPlan(String frequencyPlanId) throws LorawanException {
        this.plan = FrequencyPlans.byId(frequencyPlanId);
        this.band = plan.band();
        List<PlanChannel> lora = new ArrayList<>();
        int best = -1;
        for (DataRate dr : band.dataRates()) {
            if (dr.uplink() && dr.modulation() == Modulation.LORA && dr.index() < datr.length) {
                datr[dr.index()] = dr.loraDatr();
                if (dr.bandwidthHz() == 125_000) {
                    best = Math.max(best, dr.index());
                }
            }
        }
        for (PlanChannel c : plan.uplinkChannels()) {
            if (c.minDataRate() <= best && best <= c.maxDataRate()) {
                lora.add(c);
            }
        }
        if (best < 0 || lora.isEmpty()) {
            throw new LorawanException(LorawanException.Reason.BAD_FIELD,
                    "frequency plan " + frequencyPlanId + " has no 125 kHz LoRa uplink channel");
        }
        this.channels = List.copyOf(lora);
        this.defaultDataRate = best;
    }

    public String id() {
        return plan.id();
    }

    public Band band() {
        return band;
    }

    /** The uplink channels usable with 125 kHz LoRa, in plan order (the index is the channel index). */
    public List<PlanChannel> channels() {
        return channels;
    }

    /** The fastest 125 kHz LoRa data rate: where devices start. */
    public int defaultDataRate() {
        return defaultDataRate;
    }

    /** Whether a LinkADRReq may move a device to {@code dr}. */
    public boolean usable(int dr) {
        if (dr < 0 || dr >= datr.length || datr[dr] == null) {
            return false;
        }
        for (PlanChannel c : channels) {
            if (c.minDataRate() <= dr && dr <= c.maxDataRate()) {
                return true;
            }
        }
        return false;
    }

    public String datr(int dr) {
        return datr[dr];
    }
}
