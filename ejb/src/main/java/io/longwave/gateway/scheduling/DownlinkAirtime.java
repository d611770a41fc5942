package io.longwave.gateway.scheduling;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.LorawanException.Reason;
import io.longwave.lorawan.radio.TimeOnAir;

/** Time on air of a downlink from the Semtech {@code txpk} fields: {@code datr} ("SF9BW125" or FSK bit rate) and {@code codr}. */
public final class DownlinkAirtime {

    private DownlinkAirtime() {
    }

    public static long nanos(String datr, String codr, int phyLength) throws LorawanException {
        double millis;
        int bw = datr.indexOf("BW");
        try {
            if (datr.startsWith("SF") && bw > 2) {
                int sf = Integer.parseInt(datr.substring(2, bw));
                int bandwidthHz = Integer.parseInt(datr.substring(bw + 2)) * 1000;
                millis = TimeOnAir.loraDownlinkMillis(phyLength, sf, bandwidthHz, codingRate(codr));
            } else {
                millis = TimeOnAir.fskMillis(phyLength, Integer.parseInt(datr));
            }
        } catch (NumberFormatException e) {
            throw new LorawanException(Reason.BAD_FIELD, "datr " + datr + " is neither LoRa nor FSK");
        }
        return Math.round(millis * 1_000_000);
    }

    private static int codingRate(String codr) throws LorawanException {
        if (codr == null || !codr.startsWith("4/") || codr.length() != 3) {
            throw new LorawanException(Reason.BAD_FIELD, "codr " + codr + " is not 4/5..4/8");
        }
        return codr.charAt(2) - '0';
    }
}
