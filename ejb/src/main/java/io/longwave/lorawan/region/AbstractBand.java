package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;
import java.util.List;

/** Table lookups shared by dynamic- and fixed-channel bands. */
abstract class AbstractBand implements Band {

    protected final BandTables tables;

    AbstractBand(BandTables tables) {
        this.tables = tables;
    }

    @Override
    public String id() {
        return tables.id();
    }

    @Override
    public List<DataRate> dataRates() {
        return tables.dataRates();
    }

    @Override
    public DataRate dataRate(int index) throws LorawanException {
        for (DataRate rate : tables.dataRates()) {
            if (rate.index() == index) {
                return rate;
            }
        }
        throw new LorawanException(Reason.BAD_FIELD, "DR" + index + " is not defined in " + id());
    }

    @Override
    public PayloadLimit maxPayload(int dataRate, boolean uplinkDwellTime, RegionalParametersVersion version)
            throws LorawanException {
        return tables.payloads().limit(dataRate, uplinkDwellTime, version);
    }

    @Override
    public int rx1DataRate(int uplinkDataRate, int rx1DrOffset, boolean downlinkDwellTime) throws LorawanException {
        if (!dataRate(uplinkDataRate).uplink()) {
            throw new LorawanException(Reason.BAD_FIELD, "DR" + uplinkDataRate + " is not an uplink rate in " + id());
        }
        return tables.rx1().rx1DataRate(uplinkDataRate, rx1DrOffset, downlinkDwellTime);
    }

    @Override
    public Rx2Parameters rx2Default() {
        return tables.rx2();
    }

    @Override
    public int maxTxPowerIndex() {
        return tables.maxTxPowerIndex();
    }

    @Override
    public double defaultMaxEirpDbm() {
        return tables.defaultMaxEirpDbm();
    }

    @Override
    public List<SubBand> subBands() {
        return tables.subBands();
    }

    @Override
    public int beaconDataRate() {
        return tables.beacon().dataRate();
    }

    @Override
    public long beaconFrequencyHz(long beaconTimeSeconds) {
        return tables.beacon().beaconFrequencyHz(beaconTimeSeconds);
    }

    @Override
    public long pingSlotFrequencyHz(int devAddr, long beaconTimeSeconds) {
        return tables.beacon().pingSlotFrequencyHz(devAddr, beaconTimeSeconds);
    }

    @Override
    public String toString() {
        return id();
    }
}
