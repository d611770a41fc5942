package io.longwave.lorawan.plan;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;

/**
 * Usable receive bandwidth of an SX125x radio feeding an SX1301, per channel bandwidth
 * (LGW_RF_RX_BANDWIDTH_* in the Semtech lora_gateway HAL): 925 kHz for 125 kHz channels,
 * 1 MHz for 250 kHz, 1.1 MHz for 500 kHz. A channel fits when |IF| <= (radio bw - channel bw) / 2.
 */
final class RadioBandwidth {

    private RadioBandwidth() {
    }

    static long radioBandwidthHz(int channelBandwidthHz) throws LorawanException {
        return switch (channelBandwidthHz) {
            case 125_000 -> 925_000L;
            case 250_000 -> 1_000_000L;
            case 500_000 -> 1_100_000L;
            default -> throw new LorawanException(Reason.BAD_FIELD,
                    "no radio bandwidth for a " + channelBandwidthHz + " Hz channel");
        };
    }

    static long maxIfOffsetHz(int channelBandwidthHz) throws LorawanException {
        return (radioBandwidthHz(channelBandwidthHz) - channelBandwidthHz) / 2;
    }
}
