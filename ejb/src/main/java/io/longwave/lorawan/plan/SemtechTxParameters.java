package io.longwave.lorawan.plan;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;
import io.longwave.lorawan.region.Band;
import io.longwave.lorawan.region.DataRate;
import io.longwave.lorawan.region.Modulation;

/**
 * The radio fields of a Semtech UDP packet-forwarder {@code txpk}. For FSK, {@code datr} holds the
 * bit rate (to be sent as a JSON number) and {@code fdev} the deviation; LoRa leaves {@code fdev} 0.
 */
public record SemtechTxParameters(double freq, String datr, String codr, int powe, String modu, boolean ipol,
        int fdev) {

    /** Downlink parameters for a band data rate; LoRa downlinks use inverted polarity. */
    public static SemtechTxParameters forDownlink(Band band, long frequencyHz, int dataRate, int powerDbm)
            throws LorawanException {
        if (frequencyHz <= 0) {
            throw new LorawanException(Reason.BAD_FIELD, "frequency must be positive, got " + frequencyHz);
        }
        DataRate rate = band.dataRate(dataRate);
        if (!rate.downlink()) {
            throw new LorawanException(Reason.BAD_FIELD, "DR" + dataRate + " is not a downlink rate in " + band.id());
        }
        double mhz = frequencyHz / 1_000_000.0;
        if (rate.modulation() == Modulation.FSK) {
            // RP002 FSK: 50 kbps with a 25 kHz frequency deviation.
            return new SemtechTxParameters(mhz, Integer.toString(rate.bitRate()), "", powerDbm, "FSK", false,
                    rate.bitRate() / 2);
        }
        if (rate.modulation() != Modulation.LORA) {
            throw new LorawanException(Reason.UNSUPPORTED, rate.modulation() + " cannot be sent through txpk");
        }
        return new SemtechTxParameters(mhz, rate.loraDatr(), rate.codingRate(), powerDbm, "LORA", true, 0);
    }
}
