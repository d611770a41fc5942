package io.longwave.lorawan.frame;

/** Optional 16-byte channel list of a join-accept; the last byte is CFListType. */
public sealed interface CfList permits FrequencyCfList, ChannelMaskCfList {

    int LENGTH = 16;

    int type();
}
