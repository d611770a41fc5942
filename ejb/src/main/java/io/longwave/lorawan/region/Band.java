package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanException;
import java.util.BitSet;
import java.util.List;

/**
 * Regional parameters of one LoRaWAN band (RP002-1.0.3 unless a method says otherwise), under the
 * IDs The Things Stack uses. Obtain instances from {@link Bands}.
 */
public interface Band {

    /** Band ID, e.g. {@code EU_863_870}. */
    String id();

    /** Every defined data rate, in DR index order (gaps are RFU indexes). */
    List<DataRate> dataRates();

    DataRate dataRate(int index) throws LorawanException;

    /** M and N for a data rate, RP002-1.0.3 not-repeater-compatible values. */
    default PayloadLimit maxPayload(int dataRate, boolean uplinkDwellTime) throws LorawanException {
        return maxPayload(dataRate, uplinkDwellTime, RegionalParametersVersion.RP002_1_0_3);
    }

    /** M and N for a data rate under a given Regional Parameters revision. */
    PayloadLimit maxPayload(int dataRate, boolean uplinkDwellTime, RegionalParametersVersion version)
            throws LorawanException;

    /** RX1 downlink data rate for an uplink DR and the RX1DROffset negotiated with the device. */
    int rx1DataRate(int uplinkDataRate, int rx1DrOffset, boolean downlinkDwellTime) throws LorawanException;

    /** Downlink channel index used in RX1 for an uplink channel index. */
    int rx1ChannelIndex(int uplinkChannelIndex) throws LorawanException;

    /** RX1 frequency for an uplink received on {@code uplinkFrequencyHz}. */
    long rx1FrequencyHz(long uplinkFrequencyHz) throws LorawanException;

    Rx2Parameters rx2Default();

    /** The channels every device knows from boot. */
    List<Channel> defaultChannels();

    /** The channels a device may send a join-request on. */
    List<Channel> joinChannels();

    /** Largest number of uplink channels: 16 for dynamic-channel regions, 72 or 96 for fixed ones. */
    int uplinkChannelCount();

    CfListType cfListType();

    /** Type 0 CFList with up to five extra channel frequencies; refused by fixed-channel regions. */
    byte[] cfListFrequencies(List<Long> extraFrequenciesHz) throws LorawanException;

    /** Type 1 CFList enabling the given channels; refused by dynamic-channel regions. */
    byte[] cfListChannelMask(BitSet enabledChannels) throws LorawanException;

    /** Shortest LinkADRReq block list that leaves exactly {@code enabledChannels} on. */
    List<ChMaskBlock> channelMaskBlocks(BitSet enabledChannels) throws LorawanException;

    /** Block-per-16-channels LinkADRReq form (ChMaskCntl 0..n), which never uses shortcuts. */
    List<ChMaskBlock> channelMaskBlocksPerBlock(BitSet enabledChannels) throws LorawanException;

    /** Highest valid TXPower index. */
    int maxTxPowerIndex();

    /** Default MaxEIRP of the region in dBm. */
    double defaultMaxEirpDbm();

    /** TXPower index to offset in dB from MaxEIRP: every region uses MaxEIRP - 2 * TXPower. */
    default double txPowerOffsetDb(int txPowerIndex) throws LorawanException {
        if (txPowerIndex < 0 || txPowerIndex > maxTxPowerIndex()) {
            throw new LorawanException(LorawanException.Reason.BAD_FIELD,
                    "TXPower must be 0.." + maxTxPowerIndex() + ", got " + txPowerIndex);
        }
        return -2.0 * txPowerIndex;
    }

    /** EIRP in dBm for a TXPower index relative to the default MaxEIRP. */
    default double txPowerEirpDbm(int txPowerIndex) throws LorawanException {
        return defaultMaxEirpDbm() + txPowerOffsetDb(txPowerIndex);
    }

    /** Duty-cycle sub-bands the region defines (EU868); empty where none are modelled. */
    List<SubBand> subBands();

    /** Class B beacon data rate. */
    int beaconDataRate();

    /** Beacon frequency for the beacon sent at {@code beaconTimeSeconds} (GPS epoch seconds). */
    long beaconFrequencyHz(long beaconTimeSeconds);

    /** Default ping-slot frequency of a device in the beacon period containing {@code beaconTimeSeconds}. */
    long pingSlotFrequencyHz(int devAddr, long beaconTimeSeconds);
}
