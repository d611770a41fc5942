package io.longwave.network.mac;

import java.time.Duration;
import java.util.List;

/**
 * Per-device MAC settings in the shape of The Things Stack's {@code mac_settings}. A null boxed value means
 * "not set": the engine then keeps what the device has or takes the frequency plan's value.
 *
 * @param adrMargin dB kept above the demodulation floor ({@code adr_margin})
 * @param adrMinHistory uplinks ADR waits for before deciding; not a TTS field, lowered by tests
 * @param desiredMaxDutyCycle exponent: the device may use 1/2^n of the time
 * @param statusCountPeriodicity uplinks between DevStatusReq, 0 disables
 * @param statusTimePeriodicity time between DevStatusReq, zero disables
 * @param desiredMaxEirp TxParamSetupReq MaxEIRP index (0..15)
 * @param desiredRejoinTimeExponent RejoinParamSetupReq MaxTimeN, with {@code desiredRejoinCountExponent}
 */
public record MacSettings(double adrMargin, boolean useAdr, int adrMinHistory, Integer desiredRx1Delay,
        Integer desiredRx1DataRateOffset, Integer desiredRx2DataRateIndex, Long desiredRx2Frequency,
        Integer desiredMaxDutyCycle, int statusCountPeriodicity, Duration statusTimePeriodicity,
        boolean supports32BitFCnt, Integer rx1Delay, List<Long> factoryPresetFrequencies,
        Integer desiredAdrAckLimitExponent, Integer desiredAdrAckDelayExponent, Integer pingSlotPeriodicity,
        Integer desiredPingSlotDataRateIndex, Long desiredPingSlotFrequency, Boolean desiredUplinkDwellTime,
        Boolean desiredDownlinkDwellTime, Integer desiredMaxEirp, Integer desiredRejoinTimeExponent,
        Integer desiredRejoinCountExponent) {

    public static final double DEFAULT_ADR_MARGIN = 15;
    public static final int DEFAULT_ADR_MIN_HISTORY = 20;
    public static final int DEFAULT_STATUS_COUNT = 200;
    public static final Duration DEFAULT_STATUS_TIME = Duration.ofHours(24);

    public MacSettings {
        factoryPresetFrequencies = factoryPresetFrequencies == null ? List.of() : List.copyOf(factoryPresetFrequencies);
        statusTimePeriodicity = statusTimePeriodicity == null ? Duration.ZERO : statusTimePeriodicity;
    }

    public static MacSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.adrMargin = adrMargin;
        b.useAdr = useAdr;
        b.adrMinHistory = adrMinHistory;
        b.desiredRx1Delay = desiredRx1Delay;
        b.desiredRx1DataRateOffset = desiredRx1DataRateOffset;
        b.desiredRx2DataRateIndex = desiredRx2DataRateIndex;
        b.desiredRx2Frequency = desiredRx2Frequency;
        b.desiredMaxDutyCycle = desiredMaxDutyCycle;
        b.statusCountPeriodicity = statusCountPeriodicity;
        b.statusTimePeriodicity = statusTimePeriodicity;
        b.supports32BitFCnt = supports32BitFCnt;
        b.rx1Delay = rx1Delay;
        b.factoryPresetFrequencies = factoryPresetFrequencies;
        b.desiredAdrAckLimitExponent = desiredAdrAckLimitExponent;
        b.desiredAdrAckDelayExponent = desiredAdrAckDelayExponent;
        b.pingSlotPeriodicity = pingSlotPeriodicity;
        b.desiredPingSlotDataRateIndex = desiredPingSlotDataRateIndex;
        b.desiredPingSlotFrequency = desiredPingSlotFrequency;
        b.desiredUplinkDwellTime = desiredUplinkDwellTime;
        b.desiredDownlinkDwellTime = desiredDownlinkDwellTime;
        b.desiredMaxEirp = desiredMaxEirp;
        b.desiredRejoinTimeExponent = desiredRejoinTimeExponent;
        b.desiredRejoinCountExponent = desiredRejoinCountExponent;
        return b;
    }

    /** Fluent builder; fields are public so the JSON reader and tests can set them directly. */
    public static final class Builder {
        public double adrMargin = DEFAULT_ADR_MARGIN;
        public boolean useAdr = true;
        public int adrMinHistory = DEFAULT_ADR_MIN_HISTORY;
        public Integer desiredRx1Delay;
        public Integer desiredRx1DataRateOffset;
        public Integer desiredRx2DataRateIndex;
        public Long desiredRx2Frequency;
        public Integer desiredMaxDutyCycle;
        public int statusCountPeriodicity = DEFAULT_STATUS_COUNT;
        public Duration statusTimePeriodicity = DEFAULT_STATUS_TIME;
        public boolean supports32BitFCnt = true;
        public Integer rx1Delay;
        public List<Long> factoryPresetFrequencies = List.of();
        public Integer desiredAdrAckLimitExponent;
        public Integer desiredAdrAckDelayExponent;
        public Integer pingSlotPeriodicity;
        public Integer desiredPingSlotDataRateIndex;
        public Long desiredPingSlotFrequency;
        public Boolean desiredUplinkDwellTime;
        public Boolean desiredDownlinkDwellTime;
        public Integer desiredMaxEirp;
        public Integer desiredRejoinTimeExponent;
        public Integer desiredRejoinCountExponent;

        public Builder adrMargin(double v) {
            adrMargin = v;
            return this;
        }

        public Builder useAdr(boolean v) {
            useAdr = v;
            return this;
        }

        public Builder adrMinHistory(int v) {
            adrMinHistory = v;
            return this;
        }

        public Builder statusCountPeriodicity(int v) {
            statusCountPeriodicity = v;
            return this;
        }

        public Builder statusTimePeriodicity(Duration v) {
            statusTimePeriodicity = v;
            return this;
        }

        public MacSettings build() {
            return new MacSettings(adrMargin, useAdr, adrMinHistory, desiredRx1Delay, desiredRx1DataRateOffset,
                    desiredRx2DataRateIndex, desiredRx2Frequency, desiredMaxDutyCycle, statusCountPeriodicity,
                    statusTimePeriodicity, supports32BitFCnt, rx1Delay, factoryPresetFrequencies,
                    desiredAdrAckLimitExponent, desiredAdrAckDelayExponent, pingSlotPeriodicity,
                    desiredPingSlotDataRateIndex, desiredPingSlotFrequency, desiredUplinkDwellTime,
                    desiredDownlinkDwellTime, desiredMaxEirp, desiredRejoinTimeExponent,
                    desiredRejoinCountExponent);
        }
    }
}
