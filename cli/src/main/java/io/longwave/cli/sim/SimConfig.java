package io.longwave.cli.sim;

/** The settings of one run, from the command's options. */
public record SimConfig(String udpHost, int udpPort, int gateways, int devices, int heardBy, double rate,
                        double durationSeconds, double warmupSeconds, double confirmedFraction, boolean otaa,
                        LorawanVersion version, String application, String prefix, String frequencyPlan, double snr,
                        int downlinkEvery, boolean classC, boolean events, double eventTimeoutSeconds,
                        long ackTimeoutMillis, int joinAttempts, int devAddrBase, double pullIntervalSeconds,
                        double statIntervalSeconds, int dataRate, long fCntStart,
                        boolean enforceDutyCycle, int stationGateways) {

    public SimConfig {
        if (gateways < 1 || devices < 1) {
            throw new IllegalArgumentException("--gateways and --devices must be at least 1");
        }
        if (stationGateways < 0 || stationGateways > gateways) {
            throw new IllegalArgumentException("--station-gateways must be 0.." + gateways);
        }
        if (heardBy < 1 || heardBy > gateways) {
            throw new IllegalArgumentException("--heard-by must be 1.." + gateways);
        }
        if (!(rate > 0) || !(durationSeconds > 0) || warmupSeconds < 0) {
            throw new IllegalArgumentException("--rate and --duration must be positive, --warmup not negative");
        }
        if (confirmedFraction < 0 || confirmedFraction > 1) {
            throw new IllegalArgumentException("--confirmed must be 0..1");
        }
        if (fCntStart < 0 || fCntStart > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("--f-cnt-start must be 0..4294967295");
        }
        if (devices > 65535) {
            throw new IllegalArgumentException("--devices is at most 65535");
        }
    }
}
