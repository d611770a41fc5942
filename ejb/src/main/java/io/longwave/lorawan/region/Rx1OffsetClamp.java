package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;

/**
 * RX1 DR = min(maxDr, max(minDr, uplink DR - effective offset)): the AS923 and IN865 rule, where
 * offsets 6 and 7 mean -1 and -2 (a faster downlink than the uplink), and what the plain
 * "DR - offset, floor DR0" tables of KR920, CN470, RU864, EU433 and CN779 reduce to.
 */
final class Rx1OffsetClamp implements Rx1DataRateRule {

    private final int maxUplinkDr;
    private final int maxOffset;
    private final int minDr;
    private final int minDrWithDwell;
    private final int maxDr;

    Rx1OffsetClamp(int maxUplinkDr, int maxOffset, int minDr, int minDrWithDwell, int maxDr) {
        this.maxUplinkDr = maxUplinkDr;
        this.maxOffset = maxOffset;
        this.minDr = minDr;
        this.minDrWithDwell = minDrWithDwell;
        this.maxDr = maxDr;
    }

    @Override
    public int rx1DataRate(int uplinkDataRate, int rx1DrOffset, boolean downlinkDwellTime) throws LorawanException {
        if (uplinkDataRate < 0 || uplinkDataRate > maxUplinkDr) {
            throw new LorawanException(Reason.BAD_FIELD,
                    "uplink DR must be 0.." + maxUplinkDr + ", got " + uplinkDataRate);
        }
        if (rx1DrOffset < 0 || rx1DrOffset > maxOffset) {
            throw new LorawanException(Reason.BAD_FIELD,
                    "RX1DROffset must be 0.." + maxOffset + ", got " + rx1DrOffset);
        }
        int effectiveOffset = rx1DrOffset <= 5 ? rx1DrOffset : 5 - rx1DrOffset;
        int floor = downlinkDwellTime ? minDrWithDwell : minDr;
        return Math.min(maxDr, Math.max(floor, uplinkDataRate - effectiveOffset));
    }
}
