package io.longwave.network.mac;

import io.longwave.lorawan.plan.FrequencyPlan;
import io.longwave.lorawan.plan.PlanChannel;
import io.longwave.lorawan.region.Band;
import io.longwave.lorawan.region.Channel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Boot parameters of a device (current) and what the settings and plan ask for (desired). */
final class MacDefaults {

    /** ADR_ACK_LIMIT 64 and ADR_ACK_DELAY 32, the LoRaWAN defaults. */
    static final int ADR_ACK_LIMIT_EXPONENT = 6;
    static final int ADR_ACK_DELAY_EXPONENT = 5;

    private MacDefaults() {
    }

    static MacParameters current(MacContext ctx) {
        Band band = ctx.band();
        MacSettings s = ctx.settings();
        List<MacChannel> channels = new ArrayList<>();
        if (BandFeatures.dynamicChannels(band) && !s.factoryPresetFrequencies().isEmpty()) {
            Channel template = band.defaultChannels().get(0);
            for (long hz : s.factoryPresetFrequencies()) {
                channels.add(MacChannel.of(hz, template.minDataRate(), template.maxDataRate()));
            }
        } else {
            for (Channel c : band.defaultChannels()) {
                channels.add(MacChannel.of(c.frequencyHz(), c.minDataRate(), c.maxDataRate()));
            }
        }
        return new MacParameters(BandFeatures.minAdrDataRate(band), 0, 1, channels, 0, band.rx2Default().dataRate(),
                band.rx2Default().frequencyHz(), orElse(s.rx1Delay(), 1), 0, false, false,
                BandFeatures.maxEirpIndexAtMost(band.defaultMaxEirpDbm()), orElse(s.pingSlotPeriodicity(), -1),
                0, band.beaconDataRate(), -1, -1, ADR_ACK_LIMIT_EXPONENT, ADR_ACK_DELAY_EXPONENT);
    }

    static MacParameters desired(MacContext ctx, MacParameters current) {
        MacSettings s = ctx.settings();
        FrequencyPlan plan = ctx.plan();
        MacParameters.Builder d = current.toBuilder();
        d.channels = desiredChannels(ctx.band(), plan, current.channels());
        d.rx1DrOffset = orElse(s.desiredRx1DataRateOffset(), current.rx1DrOffset());
        d.rx2DataRate = orElse(s.desiredRx2DataRateIndex(), plan.rx2().dataRate());
        d.rx2FrequencyHz = s.desiredRx2Frequency() != null ? s.desiredRx2Frequency() : plan.rx2().frequencyHz();
        d.rx1Delay = orElse(s.desiredRx1Delay(), current.rx1Delay());
        d.maxDutyCycle = orElse(s.desiredMaxDutyCycle(), current.maxDutyCycle());
        if (BandFeatures.supportsTxParamSetup(ctx.band())) {
            d.uplinkDwellTime = s.desiredUplinkDwellTime() != null ? s.desiredUplinkDwellTime() : current.uplinkDwellTime();
            d.downlinkDwellTime = s.desiredDownlinkDwellTime() != null
                    ? s.desiredDownlinkDwellTime() : current.downlinkDwellTime();
            d.maxEirpIndex = orElse(s.desiredMaxEirp(), BandFeatures.maxEirpIndexAtMost(plan.maxEirpDbm()));
        }
        d.pingSlotPeriodicity = orElse(s.pingSlotPeriodicity(), current.pingSlotPeriodicity());
        d.pingSlotDataRate = orElse(s.desiredPingSlotDataRateIndex(), current.pingSlotDataRate());
        d.pingSlotFrequencyHz = s.desiredPingSlotFrequency() != null
                ? s.desiredPingSlotFrequency() : current.pingSlotFrequencyHz();
        d.rejoinTimeExponent = orElse(s.desiredRejoinTimeExponent(), current.rejoinTimeExponent());
        d.rejoinCountExponent = orElse(s.desiredRejoinCountExponent(), current.rejoinCountExponent());
        d.adrAckLimitExponent = orElse(s.desiredAdrAckLimitExponent(), current.adrAckLimitExponent());
        d.adrAckDelayExponent = orElse(s.desiredAdrAckDelayExponent(), current.adrAckDelayExponent());
        return d.build();
    }

    /**
     * Dynamic bands: the device's channels, then every plan channel it lacks, all enabled, capped at the band's
     * channel count. Fixed bands: the band grid with exactly the plan's channels enabled.
     */
    static List<MacChannel> desiredChannels(Band band, FrequencyPlan plan, List<MacChannel> current) {
        Set<Long> planHz = new HashSet<>();
        for (PlanChannel c : plan.uplinkChannels()) {
            planHz.add(c.frequencyHz());
        }
        plan.loraStandardChannel().ifPresent(c -> planHz.add(c.frequencyHz()));
        List<MacChannel> out = new ArrayList<>();
        if (!BandFeatures.dynamicChannels(band)) {
            for (MacChannel c : current) {
                out.add(c.withEnabled(planHz.contains(c.frequencyHz())));
            }
            return out;
        }
        Set<Long> have = new HashSet<>();
        for (MacChannel c : current) {
            out.add(c.withEnabled(true));
            have.add(c.frequencyHz());
        }
        for (PlanChannel c : plan.uplinkChannels()) {
            if (!have.contains(c.frequencyHz()) && out.size() < band.uplinkChannelCount()) {
                out.add(MacChannel.of(c.frequencyHz(), c.minDataRate(), c.maxDataRate()));
            }
        }
        return out;
    }

    static int orElse(Integer value, int fallback) {
        return value != null ? value : fallback;
    }
}
