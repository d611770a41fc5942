package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;

/** RX1 data rate looked up in the region's printed table: rows are uplink DRs, columns offsets. */
final class Rx1OffsetTable implements Rx1DataRateRule {

    private final int[][] rows;

    /** {@code rows[dr]} is null for an uplink DR that does not exist. */
    Rx1OffsetTable(int[]... rows) {
        this.rows = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            this.rows[i] = rows[i] == null ? null : rows[i].clone();
        }
    }

    @Override
    public int rx1DataRate(int uplinkDataRate, int rx1DrOffset, boolean downlinkDwellTime) throws LorawanException {
        if (uplinkDataRate < 0 || uplinkDataRate >= rows.length || rows[uplinkDataRate] == null) {
            throw new LorawanException(Reason.BAD_FIELD, "no RX1 mapping for uplink DR" + uplinkDataRate);
        }
        int[] row = rows[uplinkDataRate];
        if (rx1DrOffset < 0 || rx1DrOffset >= row.length) {
            throw new LorawanException(Reason.BAD_FIELD,
                    "RX1DROffset must be 0.." + (row.length - 1) + ", got " + rx1DrOffset);
        }
        return row[rx1DrOffset];
    }
}
