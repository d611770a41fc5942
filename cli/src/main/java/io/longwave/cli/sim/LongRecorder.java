package io.longwave.cli.sim;

import java.util.Arrays;

/** Collects long samples from many threads; percentiles are computed once, by sorting, at the end. */
public final class LongRecorder {

    private long[] values = new long[1024];
    private int size;

    public synchronized void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public synchronized int size() {
        return size;
    }

    public synchronized long[] sorted() {
        long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }

    public Percentiles percentiles() {
        return Percentiles.of(sorted());
    }
}
