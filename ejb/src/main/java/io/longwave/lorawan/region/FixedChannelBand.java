package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;
import java.util.BitSet;
import java.util.List;

/**
 * A region with a fixed channel grid (US915, AU915, CN470): channels are switched by mask, never
 * added, and RX1 uses downlink channel (uplink channel mod number of downlink channels).
 */
final class FixedChannelBand extends AbstractBand {

    private final List<Channel> uplinkChannels;
    private final List<Channel> downlinkChannels;
    private final boolean has500kHzShortcuts;

    /**
     * @param has500kHzShortcuts whether LinkADRReq ChMaskCntl 6/7 mean "all 125 kHz on/off" with
     *     the mask applying to the 500 kHz channels 64..71 (US915, AU915)
     */
    FixedChannelBand(BandTables tables, List<Channel> uplinkChannels, List<Channel> downlinkChannels,
            boolean has500kHzShortcuts) {
        super(tables);
        this.uplinkChannels = List.copyOf(uplinkChannels);
        this.downlinkChannels = List.copyOf(downlinkChannels);
        this.has500kHzShortcuts = has500kHzShortcuts;
    }

    @Override
    public int rx1ChannelIndex(int uplinkChannelIndex) throws LorawanException {
        if (uplinkChannelIndex < 0 || uplinkChannelIndex >= uplinkChannels.size()) {
            throw new LorawanException(Reason.BAD_FIELD, "channel index must be 0.." + (uplinkChannels.size() - 1)
                    + ", got " + uplinkChannelIndex);
        }
        return uplinkChannelIndex % downlinkChannels.size();
    }

    @Override
    public long rx1FrequencyHz(long uplinkFrequencyHz) throws LorawanException {
        for (int i = 0; i < uplinkChannels.size(); i++) {
            if (uplinkChannels.get(i).frequencyHz() == uplinkFrequencyHz) {
                return downlinkChannels.get(rx1ChannelIndex(i)).frequencyHz();
            }
        }
        throw new LorawanException(Reason.BAD_FIELD, uplinkFrequencyHz + " Hz is not an uplink channel of " + id());
    }

    @Override
    public List<Channel> defaultChannels() {
        return uplinkChannels;
    }

    @Override
    public List<Channel> joinChannels() {
        return uplinkChannels;
    }

    @Override
    public int uplinkChannelCount() {
        return uplinkChannels.size();
    }

    @Override
    public CfListType cfListType() {
        return CfListType.CHANNEL_MASKS;
    }

    @Override
    public byte[] cfListFrequencies(List<Long> extraFrequenciesHz) throws LorawanException {
        throw new LorawanException(Reason.UNSUPPORTED, id() + " uses a type 1 (channel mask) CFList");
    }

    @Override
    public byte[] cfListChannelMask(BitSet enabledChannels) throws LorawanException {
        return CfList.channelMasks(enabledChannels, uplinkChannels.size());
    }

    @Override
    public List<ChMaskBlock> channelMaskBlocks(BitSet enabledChannels) throws LorawanException {
        if (has500kHzShortcuts) {
            return ChannelMasks.fixed72(enabledChannels);
        }
        return ChannelMasks.perBlock(enabledChannels, uplinkChannels.size());
    }

    @Override
    public List<ChMaskBlock> channelMaskBlocksPerBlock(BitSet enabledChannels) throws LorawanException {
        return ChannelMasks.perBlock(enabledChannels, uplinkChannels.size());
    }
}
