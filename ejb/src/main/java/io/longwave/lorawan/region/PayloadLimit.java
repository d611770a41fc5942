package io.longwave.lorawan.region;

/**
 * Largest MACPayload (M) and FRMPayload (N) for one data rate. N is M less the smallest FHDR (7)
 * and the FPort byte, as every RP002 table states.
 */
public record PayloadLimit(int maxMacPayload, int maxFrmPayload) {

    static PayloadLimit ofMacPayload(int m) {
        return new PayloadLimit(m, m - 8);
    }
}
