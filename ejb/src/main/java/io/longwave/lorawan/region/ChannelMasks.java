package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Encodes a set of enabled uplink channels as LinkADRReq (ChMaskCntl, ChMask) blocks. */
final class ChannelMasks {

    private static final int BLOCK = 16;
    private static final int NARROW_CHANNELS = 64;
    private static final int CNTL_ALL_125_ON = 6;
    private static final int CNTL_ALL_125_OFF = 7;

    private ChannelMasks() {
    }

    /** Dynamic-channel regions: one block, ChMaskCntl 0, for channels 0..15. */
    static List<ChMaskBlock> sixteen(BitSet enabled) throws LorawanException {
        checkEnabled(enabled, BLOCK);
        return List.of(new ChMaskBlock(0, blockMask(enabled, 0)));
    }

    /** Every block of {@code channelCount} channels, ChMaskCntl = block index; the device state does not matter. */
    static List<ChMaskBlock> perBlock(BitSet enabled, int channelCount) throws LorawanException {
        checkEnabled(enabled, channelCount);
        List<ChMaskBlock> out = new ArrayList<>();
        for (int block = 0; block < (channelCount + BLOCK - 1) / BLOCK; block++) {
            out.add(new ChMaskBlock(block, blockMask(enabled, block)));
        }
        return List.copyOf(out);
    }

    /**
     * US915/AU915 (64 x 125 kHz + 8 x 500 kHz): ChMaskCntl 6 with the 500 kHz mask when every
     * 125 kHz channel is on; otherwise ChMaskCntl 7 (all 125 kHz off, 500 kHz mask) followed by the
     * blocks that switch 125 kHz channels back on. Never longer than the five-block form.
     */
    static List<ChMaskBlock> fixed72(BitSet enabled) throws LorawanException {
        checkEnabled(enabled, NARROW_CHANNELS + 8);
        int wideMask = blockMask(enabled, NARROW_CHANNELS / BLOCK);
        if (enabled.get(0, NARROW_CHANNELS).cardinality() == NARROW_CHANNELS) {
            return List.of(new ChMaskBlock(CNTL_ALL_125_ON, wideMask));
        }
        List<ChMaskBlock> out = new ArrayList<>();
        out.add(new ChMaskBlock(CNTL_ALL_125_OFF, wideMask));
        for (int block = 0; block < NARROW_CHANNELS / BLOCK; block++) {
            int mask = blockMask(enabled, block);
            if (mask != 0) {
                out.add(new ChMaskBlock(block, mask));
            }
        }
        return List.copyOf(out);
    }

    static int blockMask(BitSet enabled, int block) {
        int mask = 0;
        for (int bit = 0; bit < BLOCK; bit++) {
            if (enabled.get(block * BLOCK + bit)) {
                mask |= 1 << bit;
            }
        }
        return mask;
    }

    static void checkEnabled(BitSet enabled, int channelCount) throws LorawanException {
        if (enabled == null || enabled.isEmpty()) {
            throw new LorawanException(Reason.BAD_FIELD, "at least one channel must be enabled");
        }
        if (enabled.length() > channelCount) {
            throw new LorawanException(Reason.BAD_FIELD,
                    "channel " + (enabled.length() - 1) + " does not exist; the region has " + channelCount);
        }
    }
}
