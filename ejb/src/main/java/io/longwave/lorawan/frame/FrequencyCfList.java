package io.longwave.lorawan.frame;

import java.util.List;

/**
 * CFListType 0: five channel frequencies for dynamic-channel regions, each sent as a 24-bit count of
 * 100 Hz; 0 means the channel is not defined.
 */
public record FrequencyCfList(List<Integer> frequenciesHz) implements CfList {

    public static final int TYPE = 0;
    public static final int CHANNELS = 5;
    static final int HZ_PER_UNIT = 100;
    private static final long MAX_HZ = 0xFFFFFFL * HZ_PER_UNIT;

    public FrequencyCfList {
        frequenciesHz = List.copyOf(frequenciesHz);
        if (frequenciesHz.size() != CHANNELS) {
            throw new IllegalArgumentException("CFList type 0 has 5 frequencies");
        }
        for (int f : frequenciesHz) {
            if (f < 0 || f > MAX_HZ || f % HZ_PER_UNIT != 0) {
                throw new IllegalArgumentException("frequency must be a multiple of 100 Hz within 24 bits: " + f);
            }
        }
    }

    @Override
    public int type() {
        return TYPE;
    }
}
