package io.longwave.join.core;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;
import io.longwave.lorawan.plan.FrequencyPlan;
import io.longwave.lorawan.plan.PlanChannel;
import io.longwave.lorawan.region.Band;
import io.longwave.lorawan.region.CfListType;
import io.longwave.lorawan.region.Channel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The CFList a join-accept carries so that the device uses the channels of the gateways' frequency
 * plan from its first uplink: extra frequencies in dynamic-channel bands, a channel mask in
 * fixed-channel ones (US915, AU915, CN470).
 */
public final class CfListBuilder {

    /** A type 0 CFList holds five frequencies; further ones need NewChannelReq after the join. */
    public static final int MAX_FREQUENCIES = 5;

    private CfListBuilder() {
    }

    /**
     * The 16-byte CFList for {@code plan}, or null where it would say nothing (a dynamic-channel plan
     * using only the band's default channels).
     */
    public static byte[] forPlan(FrequencyPlan plan) throws LorawanException {
        Band band = plan.band();
        if (band.cfListType() == CfListType.CHANNEL_MASKS) {
            return band.cfListChannelMask(enabledChannels(plan, band));
        }
        List<Long> extra = extraUplinkFrequencies(plan);
        if (extra.isEmpty()) {
            return null;
        }
        return band.cfListFrequencies(extra.subList(0, Math.min(extra.size(), MAX_FREQUENCIES)));
    }

    /**
     * The plan's uplink frequencies beyond the band's default channels, in plan order; only the first
     * {@link #MAX_FREQUENCIES} fit in the CFList.
     */
    public static List<Long> extraUplinkFrequencies(FrequencyPlan plan) throws LorawanException {
        Set<Long> defaults = new HashSet<>();
        for (Channel c : plan.band().defaultChannels()) {
            defaults.add(c.frequencyHz());
        }
        List<Long> extra = new ArrayList<>();
        for (PlanChannel c : plan.uplinkChannels()) {
            if (!defaults.contains(c.frequencyHz()) && !extra.contains(c.frequencyHz())) {
                extra.add(c.frequencyHz());
            }
        }
        return extra;
    }

    /** Band channel indexes of the plan's uplink channels, the 500 kHz standard channel included. */
    private static BitSet enabledChannels(FrequencyPlan plan, Band band) throws LorawanException {
        List<Long> frequencies = new ArrayList<>();
        for (PlanChannel c : plan.uplinkChannels()) {
            frequencies.add(c.frequencyHz());
        }
        if (plan.loraStandardChannel().isPresent()) {
            frequencies.add(plan.loraStandardChannel().get().frequencyHz());
        }
        List<Channel> bandChannels = band.defaultChannels();
        BitSet enabled = new BitSet(bandChannels.size());
        for (long hz : frequencies) {
            enabled.set(indexOf(bandChannels, hz, plan.id()));
        }
        return enabled;
    }

    private static int indexOf(List<Channel> channels, long hz, String planId) throws LorawanException {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).frequencyHz() == hz) {
                return i;
            }
        }
        throw new LorawanException(Reason.BAD_FIELD, planId + ": " + hz + " Hz is not an uplink channel of the band");
    }
}
