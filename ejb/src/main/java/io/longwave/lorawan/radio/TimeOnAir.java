package io.longwave.lorawan.radio;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;

/**
 * Time on air of one LoRaWAN transmission, following the Semtech SX127x datasheet formula with the
 * LoRaWAN framing: 8 preamble symbols, explicit header, CRC on uplinks only, and low-data-rate
 * optimisation whenever a symbol lasts 16 ms or more.
 */
public final class TimeOnAir {

    private static final int LORA_PREAMBLE_SYMBOLS = 8;
    private static final double LOW_DATA_RATE_SYMBOL_MS = 16.0;
    // FSK framing used by LoRaWAN: 5 preamble bytes, 3 sync-word bytes, 1 length byte, 2 CRC bytes.
    private static final int FSK_OVERHEAD_BYTES = 5 + 3 + 1 + 2;
    private static final int MAX_PHY_PAYLOAD = 255;

    private TimeOnAir() {
    }

    /** Uplink time on air (CRC on) in milliseconds; {@code codingRate} is the 4/x denominator x. */
    public static double loraUplinkMillis(int payloadBytes, int spreadingFactor, int bandwidthHz, int codingRate)
            throws LorawanException {
        return loraMillis(payloadBytes, spreadingFactor, bandwidthHz, codingRate, true);
    }

    /** Downlink time on air (CRC off) in milliseconds; {@code codingRate} is the 4/x denominator x. */
    public static double loraDownlinkMillis(int payloadBytes, int spreadingFactor, int bandwidthHz, int codingRate)
            throws LorawanException {
        return loraMillis(payloadBytes, spreadingFactor, bandwidthHz, codingRate, false);
    }

    /** LoRa time on air in milliseconds with an explicit header and 8 preamble symbols. */
    public static double loraMillis(int payloadBytes, int spreadingFactor, int bandwidthHz, int codingRate,
            boolean crc) throws LorawanException {
        checkPayload(payloadBytes);
        if (spreadingFactor < 7 || spreadingFactor > 12) {
            throw new LorawanException(Reason.BAD_FIELD, "spreading factor must be 7..12, got " + spreadingFactor);
        }
        if (bandwidthHz != 125_000 && bandwidthHz != 250_000 && bandwidthHz != 500_000) {
            throw new LorawanException(Reason.BAD_FIELD, "bandwidth must be 125, 250 or 500 kHz, got " + bandwidthHz);
        }
        if (codingRate < 5 || codingRate > 8) {
            throw new LorawanException(Reason.BAD_FIELD, "coding rate must be 4/5..4/8, got 4/" + codingRate);
        }
        double symbolMs = (double) (1 << spreadingFactor) * 1000.0 / bandwidthHz;
        int lowDataRate = symbolMs >= LOW_DATA_RATE_SYMBOL_MS ? 1 : 0;
        double preambleMs = (LORA_PREAMBLE_SYMBOLS + 4.25) * symbolMs;
        int numerator = 8 * payloadBytes - 4 * spreadingFactor + 28 + (crc ? 16 : 0);
        int denominator = 4 * (spreadingFactor - 2 * lowDataRate);
        int blocks = Math.max((int) Math.ceil((double) numerator / denominator), 0);
        int payloadSymbols = 8 + blocks * codingRate;
        return preambleMs + payloadSymbols * symbolMs;
    }

    /** FSK time on air in milliseconds for the given bit rate (LoRaWAN uses 50 kbps). */
    public static double fskMillis(int payloadBytes, int bitRate) throws LorawanException {
        checkPayload(payloadBytes);
        if (bitRate <= 0) {
            throw new LorawanException(Reason.BAD_FIELD, "FSK bit rate must be positive, got " + bitRate);
        }
        return (payloadBytes + FSK_OVERHEAD_BYTES) * 8 * 1000.0 / bitRate;
    }

    private static void checkPayload(int payloadBytes) throws LorawanException {
        if (payloadBytes < 0 || payloadBytes > MAX_PHY_PAYLOAD) {
            throw new LorawanException(Reason.BAD_FIELD, "PHYPayload length must be 0..255, got " + payloadBytes);
        }
    }
}
