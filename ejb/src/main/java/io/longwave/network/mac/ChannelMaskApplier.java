package io.longwave.network.mac;

import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.region.Band;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Applies the ChMaskCntl/ChMask pairs of an acknowledged LinkADRReq block to the device's channels, in order. */
final class ChannelMaskApplier {

    private static final int BLOCK = 16;
    private static final int NARROW = 64;
    private static final int FIXED_72 = 72;
    private static final int ALL_ON = 6;
    private static final int ALL_125_OFF = 7;

    private ChannelMaskApplier() {
    }

    static List<MacChannel> apply(Band band, List<MacChannel> channels, List<LinkAdrReq> block) {
        int n = channels.size();
        BitSet on = enabled(channels);
        boolean fixed72 = !BandFeatures.dynamicChannels(band) && n == FIXED_72;
        for (LinkAdrReq req : block) {
            int cntl = req.chMaskCntl();
            if (fixed72 && (cntl == ALL_ON || cntl == ALL_125_OFF)) {
                // US915/AU915 shortcuts: every 125 kHz channel on or off, the mask covers the 500 kHz ones.
                on.set(0, NARROW, cntl == ALL_ON);
                setBlock(on, NARROW, req.chMask(), n);
            } else if (!fixed72 && cntl == ALL_ON && BandFeatures.dynamicChannels(band)) {
                on.set(0, n);
            } else if (cntl * BLOCK < n) {
                setBlock(on, cntl * BLOCK, req.chMask(), n);
            }
        }
        List<MacChannel> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            MacChannel c = channels.get(i);
            out.add(c.withEnabled(on.get(i) && c.frequencyHz() != 0));
        }
        return out;
    }

    static BitSet enabled(List<MacChannel> channels) {
        BitSet on = new BitSet();
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).enabled() && channels.get(i).frequencyHz() != 0) {
                on.set(i);
            }
        }
        return on;
    }

    private static void setBlock(BitSet on, int first, int mask, int n) {
        for (int bit = 0; bit < BLOCK && first + bit < n; bit++) {
            on.set(first + bit, (mask >> bit & 1) != 0);
        }
    }
}
