package io.longwave.lorawan.radio;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;

/**
 * The lowest SNR at which a LoRa demodulator still decodes a frame, per spreading factor (Semtech
 * SX127x datasheet), and the link margin ADR works from.
 */
public final class DemodulationFloor {

    private DemodulationFloor() {
    }

    /** SNR floor in dB: SF7 -7.5 down to SF12 -20, 2.5 dB per spreading-factor step. */
    public static double snrFloorDb(int spreadingFactor) throws LorawanException {
        return switch (spreadingFactor) {
            case 7 -> -7.5;
            case 8 -> -10.0;
            case 9 -> -12.5;
            case 10 -> -15.0;
            case 11 -> -17.5;
            case 12 -> -20.0;
            default -> throw new LorawanException(Reason.BAD_FIELD,
                    "spreading factor must be 7..12, got " + spreadingFactor);
        };
    }

    /** Margin in dB between a measured SNR and the floor of its spreading factor; negative means below. */
    public static double linkMarginDb(int spreadingFactor, double snrDb) throws LorawanException {
        return snrDb - snrFloorDb(spreadingFactor);
    }
}
