package dev.dateline.bench.e2e;

import java.util.Arrays;

/** Exact percentiles of a series of non-negative values (latencies in microseconds), nearest-rank. */
public final class Percentiles {

    private long[] values = new long[1024];
    private int size;

    public synchronized void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public synchronized int count() {
        return size;
    }

    /** The value at percentile {@code p} (0 &lt; p ≤ 100) by the nearest-rank method; -1 when empty. */
    public synchronized long at(double p) {
        if (size == 0) {
            return -1;
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, rank - 1)];
    }

    public synchronized long max() {
        return size == 0 ? -1 : Arrays.stream(values, 0, size).max().orElse(-1);
    }
}
