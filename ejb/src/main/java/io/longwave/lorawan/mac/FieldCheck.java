package io.longwave.lorawan.mac;

import io.longwave.lorawan.LorawanException;

/** Range checks shared by the command records, so every refusal carries the same reason and wording. */
final class FieldCheck {

    /** Largest value of the 24-bit on-air frequency field, in 100 Hz steps. */
    static final int MAX_FREQUENCY_UNITS = 0xFF_FFFF;

    /** The on-air frequency fields count in steps of 100 Hz. */
    static final long FREQUENCY_STEP_HZ = 100;

    private FieldCheck() {
    }

    static int range(String command, String field, int value, int min, int max) throws LorawanException {
        if (value < min || value > max) {
            throw outOfRange(command, field, value, min + ".." + max);
        }
        return value;
    }

    static long range(String command, String field, long value, long min, long max) throws LorawanException {
        if (value < min || value > max) {
            throw outOfRange(command, field, value, min + ".." + max);
        }
        return value;
    }

    /** Converts a frequency in Hz to the 24-bit field value, refusing what the field cannot carry exactly. */
    static int frequencyUnits(String command, String field, long hz) throws LorawanException {
        long maxHz = MAX_FREQUENCY_UNITS * FREQUENCY_STEP_HZ;
        if (hz < 0 || hz > maxHz || hz % FREQUENCY_STEP_HZ != 0) {
            throw outOfRange(command, field, hz, "a multiple of 100 Hz in 0.." + maxHz);
        }
        return (int) (hz / FREQUENCY_STEP_HZ);
    }

    private static LorawanException outOfRange(String command, String field, long value, String allowed) {
        return new LorawanException(LorawanException.Reason.BAD_FIELD,
                command + "." + field + " = " + value + " is outside " + allowed);
    }
}
