package io.longwave.network.mac;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.radio.DemodulationFloor;
import io.longwave.lorawan.region.Band;
import io.longwave.lorawan.region.DataRate;
import java.util.List;
import java.util.Optional;

/**
 * Margin-based ADR as recommended by Semtech and used by The Things Stack: every 3 dB of margin above the
 * demodulation floor plus {@code adr_margin} buys one step, spent first on a faster data rate, then on less
 * TX power; missing margin is paid back with more power first, then a slower data rate.
 */
public final class AdrAlgorithm {

    /** One step of the algorithm is worth 3 dB, roughly one SF or 1.5 TX power indexes. */
    static final double STEP_DB = 3;

    private AdrAlgorithm() {
    }

    /** Empty when there is too little history or the current DR is not a 125 kHz LoRa rate ADR can judge. */
    public static Optional<AdrDecision> decide(Band band, MacSettings settings, List<AdrRecord> history,
            MacParameters current) {
        if (history.isEmpty() || history.size() < Math.max(1, settings.adrMinHistory())) {
            return Optional.empty();
        }
        DataRate rate;
        try {
            rate = band.dataRate(current.adrDataRate());
        } catch (LorawanException e) {
            return Optional.empty();
        }
        if (!BandFeatures.isAdrRate(rate)) {
            return Optional.empty();
        }
        double maxSnr = history.stream().mapToDouble(AdrRecord::maxSnr).max().orElseThrow();
        double required;
        try {
            required = DemodulationFloor.snrFloorDb(rate.spreadingFactor());
        } catch (LorawanException e) {
            return Optional.empty();
        }
        int steps = (int) Math.floor((maxSnr - required - settings.adrMargin()) / STEP_DB);
        int dr = current.adrDataRate();
        int power = current.adrTxPower();
        int maxDr = Math.min(BandFeatures.maxAdrDataRate(band), maxChannelDataRate(current));
        int minDr = BandFeatures.minAdrDataRate(band);
        for (; steps > 0 && dr < maxDr; steps--) {
            dr++;
        }
        for (; steps > 0 && power < band.maxTxPowerIndex(); steps--) {
            power++;
        }
        for (; steps < 0 && power > 0; steps++) {
            power--;
        }
        for (; steps < 0 && dr > minDr; steps++) {
            dr--;
        }
        return Optional.of(new AdrDecision(dr, power, nbTrans(history, current.adrNbTrans())));
    }

    /** Fraction of uplinks lost, from the frame-counter gaps over the history. */
    public static double lossRate(List<AdrRecord> history) {
        if (history.size() < 2) {
            return 0;
        }
        long expected = history.get(history.size() - 1).fCnt() - history.get(0).fCnt() + 1;
        if (expected <= history.size()) {
            return 0;
        }
        return 1 - (double) history.size() / expected;
    }

    /** Repeat more when many uplinks are lost, less when the link is clean; LoRaWAN allows 1..15, we use 1..3. */
    static int nbTrans(List<AdrRecord> history, int currentNbTrans) {
        double loss = lossRate(history);
        int nb = Math.max(1, Math.min(3, currentNbTrans));
        if (loss < 0.05) {
            return Math.max(1, nb - 1);
        }
        if (loss < 0.10) {
            return nb;
        }
        if (loss < 0.30) {
            return Math.min(3, nb + 1);
        }
        return 3;
    }

    /** ADR must not pick a DR that no enabled channel allows. */
    private static int maxChannelDataRate(MacParameters p) {
        int max = -1;
        for (MacChannel c : p.channels()) {
            if (c.enabled() && c.frequencyHz() != 0) {
                max = Math.max(max, c.maxDataRate());
            }
        }
        return max < 0 ? Integer.MAX_VALUE : max;
    }
}
