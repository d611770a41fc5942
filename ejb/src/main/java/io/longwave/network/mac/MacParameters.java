package io.longwave.network.mac;

import java.util.List;

/**
 * One full set of device MAC parameters; {@link MacState} holds the set the device uses and the set the network
 * wants. Exponent fields hold the on-air value (duty cycle 1/2^n, ADR_ACK_LIMIT 2^n). -1 means unknown/unset.
 */
public record MacParameters(int adrDataRate, int adrTxPower, int adrNbTrans, List<MacChannel> channels,
        int rx1DrOffset, int rx2DataRate, long rx2FrequencyHz, int rx1Delay, int maxDutyCycle,
        boolean uplinkDwellTime, boolean downlinkDwellTime, int maxEirpIndex, int pingSlotPeriodicity,
        long pingSlotFrequencyHz, int pingSlotDataRate, int rejoinTimeExponent, int rejoinCountExponent,
        int adrAckLimitExponent, int adrAckDelayExponent) {

    public MacParameters {
        channels = List.copyOf(channels);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy used while one uplink is processed; the engine never exposes it. */
    public static final class Builder {
        public int adrDataRate;
        public int adrTxPower;
        public int adrNbTrans;
        public List<MacChannel> channels;
        public int rx1DrOffset;
        public int rx2DataRate;
        public long rx2FrequencyHz;
        public int rx1Delay;
        public int maxDutyCycle;
        public boolean uplinkDwellTime;
        public boolean downlinkDwellTime;
        public int maxEirpIndex;
        public int pingSlotPeriodicity;
        public long pingSlotFrequencyHz;
        public int pingSlotDataRate;
        public int rejoinTimeExponent;
        public int rejoinCountExponent;
        public int adrAckLimitExponent;
        public int adrAckDelayExponent;

        Builder(MacParameters p) {
            adrDataRate = p.adrDataRate;
            adrTxPower = p.adrTxPower;
            adrNbTrans = p.adrNbTrans;
            channels = p.channels;
            rx1DrOffset = p.rx1DrOffset;
            rx2DataRate = p.rx2DataRate;
            rx2FrequencyHz = p.rx2FrequencyHz;
            rx1Delay = p.rx1Delay;
            maxDutyCycle = p.maxDutyCycle;
            uplinkDwellTime = p.uplinkDwellTime;
            downlinkDwellTime = p.downlinkDwellTime;
            maxEirpIndex = p.maxEirpIndex;
            pingSlotPeriodicity = p.pingSlotPeriodicity;
            pingSlotFrequencyHz = p.pingSlotFrequencyHz;
            pingSlotDataRate = p.pingSlotDataRate;
            rejoinTimeExponent = p.rejoinTimeExponent;
            rejoinCountExponent = p.rejoinCountExponent;
            adrAckLimitExponent = p.adrAckLimitExponent;
            adrAckDelayExponent = p.adrAckDelayExponent;
        }

        public MacParameters build() {
            return new MacParameters(adrDataRate, adrTxPower, adrNbTrans, channels, rx1DrOffset, rx2DataRate,
                    rx2FrequencyHz, rx1Delay, maxDutyCycle, uplinkDwellTime, downlinkDwellTime, maxEirpIndex,
                    pingSlotPeriodicity, pingSlotFrequencyHz, pingSlotDataRate, rejoinTimeExponent,
                    rejoinCountExponent, adrAckLimitExponent, adrAckDelayExponent);
        }
    }
}
