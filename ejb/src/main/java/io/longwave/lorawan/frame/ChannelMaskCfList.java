package io.longwave.lorawan.frame;

import java.util.List;

/**
 * CFListType 1: channel masks for fixed-channel regions, five 16-bit ChMask fields (channels 0..79)
 * followed by five RFU bytes, which are written as zero and ignored when read.
 */
public record ChannelMaskCfList(List<Integer> chMasks) implements CfList {

    public static final int TYPE = 1;
    public static final int MASKS = 5;

    public ChannelMaskCfList {
        chMasks = List.copyOf(chMasks);
        if (chMasks.size() != MASKS) {
            throw new IllegalArgumentException("CFList type 1 has 5 channel masks");
        }
        for (int m : chMasks) {
            if (m < 0 || m > 0xFFFF) {
                throw new IllegalArgumentException("ChMask is 16 bits: " + m);
            }
        }
    }

    /** Whether channel {@code index} (0..79) is enabled. */
    public boolean enabled(int index) {
        return (chMasks.get(index / 16) >> (index % 16) & 1) != 0;
    }

    @Override
    public int type() {
        return TYPE;
    }
}
