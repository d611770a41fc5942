package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;

/**
 * Maximum MACPayload sizes M per data rate, indexed by DR; 0 marks a DR that is not defined or not
 * allowed. RP002 values are the "not repeater compatible" column, as The Things Stack uses them.
 */
final class PayloadTable {

    private final int[] rp002;
    private final int[] rp002Dwell;
    private final int[] legacy;
    private final int[] legacyDwell;

    private PayloadTable(int[] rp002, int[] rp002Dwell, int[] legacy, int[] legacyDwell) {
        this.rp002 = rp002.clone();
        this.rp002Dwell = rp002Dwell == null ? null : rp002Dwell.clone();
        this.legacy = legacy == null ? null : legacy.clone();
        this.legacyDwell = legacyDwell == null ? null : legacyDwell.clone();
    }

    /** A region without dwell-time rules, whose sizes are only known for RP002-1.0.3. */
    static PayloadTable of(int... rp002) {
        return new PayloadTable(rp002, null, null, null);
    }

    /** Adds the RP 1.0.2rB sizes. */
    PayloadTable withLegacy(int... sizes) {
        return new PayloadTable(rp002, rp002Dwell, sizes, legacyDwell);
    }

    /** Adds the RP002-1.0.3 sizes that apply with UplinkDwellTime = 1. */
    PayloadTable withDwell(int... sizes) {
        return new PayloadTable(rp002, sizes, legacy, legacyDwell);
    }

    /** Adds the RP 1.0.2rB sizes that apply with UplinkDwellTime = 1. */
    PayloadTable withLegacyDwell(int... sizes) {
        return new PayloadTable(rp002, rp002Dwell, legacy, sizes);
    }

    PayloadLimit limit(int dataRate, boolean dwellTime, RegionalParametersVersion version)
            throws LorawanException {
        int[] table = select(dwellTime, version);
        if (table == null) {
            throw new LorawanException(Reason.UNSUPPORTED, "no payload sizes for " + version + " in this region");
        }
        int m = dataRate >= 0 && dataRate < table.length ? table[dataRate] : 0;
        if (m == 0) {
            throw new LorawanException(Reason.UNSUPPORTED, "DR" + dataRate + " has no payload size"
                    + (dwellTime ? " with uplink dwell time" : "") + " in " + version);
        }
        return PayloadLimit.ofMacPayload(m);
    }

    private int[] select(boolean dwellTime, RegionalParametersVersion version) {
        boolean isLegacy = version == RegionalParametersVersion.RP001_1_0_2_REV_B;
        int[] plain = isLegacy ? legacy : rp002;
        int[] dwell = isLegacy ? legacyDwell : rp002Dwell;
        // Regions without dwell-time rules use the same table either way.
        return dwellTime && dwell != null ? dwell : plain;
    }
}
