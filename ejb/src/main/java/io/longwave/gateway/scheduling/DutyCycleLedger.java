package io.longwave.gateway.scheduling;

import io.longwave.lorawan.region.SubBand;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Duty-cycle accounting of every gateway, per regulatory sub-band of its band. A gateway whose
 * {@code enforce_duty_cycle} is off transmits without being counted. In memory: a gateway is
 * connected to one node, and that node decides all its transmissions.
 */
public final class DutyCycleLedger {

    /** A transmission the caller would like to make: on this frequency, at this time, for this long. */
    public record Candidate(long frequencyHz, Emission emission) {
    }

    private final long windowNanos;
    private final Map<String, Map<SubBand, SubBandAirtime>> gateways = new ConcurrentHashMap<>();

    public DutyCycleLedger(long windowNanos) {
        if (windowNanos <= 0) {
            throw new IllegalArgumentException("window must be positive, got " + windowNanos);
        }
        this.windowNanos = windowNanos;
    }

    /**
     * Books the first candidate (in the caller's order of preference, e.g. RX1 then RX2) that the
     * gateway's sub-band budget allows.
     *
     * @param subBands the band's sub-bands; none means the band has no duty-cycle rule
     * @return the index of the booked candidate, or -1 when the duty cycle refuses every one (a
     *         frequency outside all sub-bands of a band that has them is refused, as The Things Stack does)
     */
    public int reserveFirst(String gatewayEui, boolean enforce, List<SubBand> subBands, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return -1;
        }
        if (!enforce || subBands.isEmpty()) {
            return 0;
        }
        Map<SubBand, SubBandAirtime> usage = gateways.computeIfAbsent(gatewayEui, k -> new ConcurrentHashMap<>());
        synchronized (usage) {
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                SubBand sb = subBands.stream().filter(b -> b.contains(c.frequencyHz())).findFirst().orElse(null);
                if (sb != null && usage.computeIfAbsent(sb, b -> new SubBandAirtime(b.dutyCycle(), windowNanos))
                        .tryAdd(c.emission())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Airtime booked for a gateway in a sub-band within the window ending at {@code nowNanos}. */
    public long used(String gatewayEui, SubBand subBand, long nowNanos) {
        Map<SubBand, SubBandAirtime> usage = gateways.get(gatewayEui);
        if (usage == null) {
            return 0;
        }
        synchronized (usage) {
            SubBandAirtime a = usage.get(subBand);
            return a == null ? 0 : a.used(nowNanos - windowNanos, nowNanos);
        }
    }
}
