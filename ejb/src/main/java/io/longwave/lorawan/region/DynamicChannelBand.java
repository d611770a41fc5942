package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;
import java.util.BitSet;
import java.util.List;

/**
 * A region where the network adds channels (NewChannelReq, CFList type 0): up to 16 channels, RX1 on
 * the uplink frequency.
 */
final class DynamicChannelBand extends AbstractBand {

    private static final int MAX_CHANNELS = 16;

    private final List<Channel> defaultChannels;

    DynamicChannelBand(BandTables tables, List<Channel> defaultChannels) {
        super(tables);
        this.defaultChannels = List.copyOf(defaultChannels);
    }

    @Override
    public int rx1ChannelIndex(int uplinkChannelIndex) throws LorawanException {
        if (uplinkChannelIndex < 0 || uplinkChannelIndex >= MAX_CHANNELS) {
            throw new LorawanException(Reason.BAD_FIELD, "channel index must be 0..15, got " + uplinkChannelIndex);
        }
        return uplinkChannelIndex;
    }

    @Override
    public long rx1FrequencyHz(long uplinkFrequencyHz) throws LorawanException {
        if (uplinkFrequencyHz <= 0) {
            throw new LorawanException(Reason.BAD_FIELD, "frequency must be positive, got " + uplinkFrequencyHz);
        }
        return uplinkFrequencyHz;
    }

    @Override
    public List<Channel> defaultChannels() {
        return defaultChannels;
    }

    @Override
    public List<Channel> joinChannels() {
        return defaultChannels;
    }

    @Override
    public int uplinkChannelCount() {
        return MAX_CHANNELS;
    }

    @Override
    public CfListType cfListType() {
        return CfListType.FREQUENCIES;
    }

    @Override
    public byte[] cfListFrequencies(List<Long> extraFrequenciesHz) throws LorawanException {
        return CfList.frequencies(extraFrequenciesHz);
    }

    @Override
    public byte[] cfListChannelMask(BitSet enabledChannels) throws LorawanException {
        throw new LorawanException(Reason.UNSUPPORTED, id() + " uses a type 0 (frequency) CFList");
    }

    @Override
    public List<ChMaskBlock> channelMaskBlocks(BitSet enabledChannels) throws LorawanException {
        return ChannelMasks.sixteen(enabledChannels);
    }

    @Override
    public List<ChMaskBlock> channelMaskBlocksPerBlock(BitSet enabledChannels) throws LorawanException {
        return ChannelMasks.sixteen(enabledChannels);
    }
}
