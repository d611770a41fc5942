package io.longwave.network;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.plan.FrequencyPlans;
import io.longwave.lorawan.plan.PlanChannel;
import java.util.List;

/** The uplink channel index of a frequency in a frequency plan (LoRaWAN 1.1 MIC's TxCh, RX1 channel rules). */
public final class PlanChannels {

    private PlanChannels() {
    }

    /** @return the index, or 0 when the frequency is not one of the plan's channels */
    public static int index(String frequencyPlanId, long frequencyHz) {
        try {
            List<PlanChannel> channels = FrequencyPlans.byId(frequencyPlanId).uplinkChannels();
            for (int i = 0; i < channels.size(); i++) {
                if (channels.get(i).frequencyHz() == frequencyHz) {
                    return i;
                }
            }
        } catch (LorawanException e) {
            return 0;
        }
        return 0;
    }
}
