package io.longwave.cli.sim;

/** Nearest-rank percentiles of a sorted sample; all zero for an empty sample. */
public record Percentiles(int count, long min, long p1, long p50, long p90, long p99, long max, double avg) {

    public static Percentiles of(long[] sorted) {
        if (sorted.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0, 0, 0, 0);
        }
        double sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        return new Percentiles(sorted.length, sorted[0], at(sorted, 1), at(sorted, 50), at(sorted, 90), at(sorted, 99),
                sorted[sorted.length - 1], sum / sorted.length);
    }

    /** The smallest sample with at least {@code percent}% of the samples at or below it. */
    public static long at(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
