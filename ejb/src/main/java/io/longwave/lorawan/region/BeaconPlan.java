package io.longwave.lorawan.region;

import java.util.List;

/**
 * Class B beacon data rate and the beacon and ping-slot frequencies. With several frequencies
 * the channel hops every beacon period: beacon = floor(t / 128 s) mod n, ping slot =
 * (DevAddr + floor(t / 128 s)) mod n (US915, AU915, CN470).
 */
record BeaconPlan(int dataRate, List<Long> beaconFrequenciesHz, List<Long> pingSlotFrequenciesHz) {

    static final long BEACON_PERIOD_SECONDS = 128;

    BeaconPlan {
        beaconFrequenciesHz = List.copyOf(beaconFrequenciesHz);
        pingSlotFrequenciesHz = List.copyOf(pingSlotFrequenciesHz);
    }

    static BeaconPlan fixed(int dataRate, long beaconHz, long pingSlotHz) {
        return new BeaconPlan(dataRate, List.of(beaconHz), List.of(pingSlotHz));
    }

    long beaconFrequencyHz(long beaconTimeSeconds) {
        long period = Math.floorDiv(beaconTimeSeconds, BEACON_PERIOD_SECONDS);
        return beaconFrequenciesHz.get((int) Math.floorMod(period, beaconFrequenciesHz.size()));
    }

    long pingSlotFrequencyHz(int devAddr, long beaconTimeSeconds) {
        long period = Math.floorDiv(beaconTimeSeconds, BEACON_PERIOD_SECONDS);
        long channel = Integer.toUnsignedLong(devAddr) + period;
        return pingSlotFrequenciesHz.get((int) Math.floorMod(channel, pingSlotFrequenciesHz.size()));
    }
}
