package io.longwave.lorawan.plan;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;
import io.longwave.lorawan.region.Band;
import io.longwave.lorawan.region.Bands;
import io.longwave.lorawan.region.DataRate;
import io.longwave.lorawan.region.Modulation;
import io.longwave.lorawan.region.Rx2Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A The Things Stack frequency plan: the channels an 8-channel gateway listens on within a band,
 * its two radio centres, RX2, and the maximum EIRP the plan allows.
 */
public record FrequencyPlan(String id, String bandId, List<PlanChannel> uplinkChannels, Rx2Parameters rx2,
        List<Long> radioCentersHz, Optional<SingleRateChannel> loraStandardChannel,
        Optional<SingleRateChannel> fskChannel, double maxEirpDbm) {

    public FrequencyPlan {
        uplinkChannels = List.copyOf(uplinkChannels);
        radioCentersHz = List.copyOf(radioCentersHz);
    }

    public Band band() throws LorawanException {
        return Bands.byId(bandId);
    }

    /** Default downlink TX power in whole dBm (the plan's MaxEIRP, antenna gain not deducted). */
    public int defaultTxPowerDbm() {
        return (int) Math.floor(maxEirpDbm);
    }

    /** txpk parameters for a downlink on {@code frequencyHz} at {@code dataRate} with the default power. */
    public SemtechTxParameters downlinkTxParameters(long frequencyHz, int dataRate) throws LorawanException {
        return SemtechTxParameters.forDownlink(band(), frequencyHz, dataRate, defaultTxPowerDbm());
    }

    /** txpk parameters for an RX2 downlink of this plan. */
    public SemtechTxParameters rx2TxParameters() throws LorawanException {
        return downlinkTxParameters(rx2.frequencyHz(), rx2.dataRate());
    }

    /** Radio and IF layout; refuses a plan whose channel falls outside its radio's usable bandwidth. */
    public GatewayRadioLayout gatewayLayout() throws LorawanException {
        Band band = band();
        List<IfChannel> multiSf = new ArrayList<>();
        for (PlanChannel channel : uplinkChannels) {
            multiSf.add(ifChannel(channel.frequencyHz(), channel.radio(), 125_000, 0, 0));
        }
        Optional<IfChannel> standard = Optional.empty();
        if (loraStandardChannel.isPresent()) {
            SingleRateChannel c = loraStandardChannel.get();
            DataRate rate = requireModulation(band, c.dataRate(), Modulation.LORA);
            standard = Optional.of(ifChannel(c.frequencyHz(), c.radio(), rate.bandwidthHz(), rate.spreadingFactor(), 0));
        }
        Optional<IfChannel> fsk = Optional.empty();
        if (fskChannel.isPresent()) {
            SingleRateChannel c = fskChannel.get();
            DataRate rate = requireModulation(band, c.dataRate(), Modulation.FSK);
            // An FSK 50 kbps channel occupies about the width of a 125 kHz LoRa channel.
            fsk = Optional.of(ifChannel(c.frequencyHz(), c.radio(), 125_000, 0, rate.bitRate()));
        }
        return new GatewayRadioLayout(radioCentersHz, multiSf, standard, fsk);
    }

    private IfChannel ifChannel(long frequencyHz, int radio, int bandwidthHz, int sf, int bitRate)
            throws LorawanException {
        if (radio < 0 || radio >= radioCentersHz.size()) {
            throw new LorawanException(Reason.BAD_FIELD, id + ": radio " + radio + " does not exist");
        }
        long offset = frequencyHz - radioCentersHz.get(radio);
        long limit = RadioBandwidth.maxIfOffsetHz(bandwidthHz);
        if (Math.abs(offset) > limit) {
            throw new LorawanException(Reason.BAD_FIELD, id + ": " + frequencyHz + " Hz is " + offset
                    + " Hz from radio " + radio + ", beyond +-" + limit + " Hz");
        }
        return new IfChannel(frequencyHz, radio, offset, bandwidthHz, sf, bitRate);
    }

    private static DataRate requireModulation(Band band, int dataRate, Modulation modulation)
            throws LorawanException {
        DataRate rate = band.dataRate(dataRate);
        if (rate.modulation() != modulation) {
            throw new LorawanException(Reason.BAD_FIELD, "DR" + dataRate + " is not " + modulation);
        }
        return rate;
    }
}
