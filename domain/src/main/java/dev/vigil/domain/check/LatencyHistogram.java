package dev.vigil.domain.check;

import java.util.Arrays;
import java.util.Objects;

/**
 * Counts of latencies in fixed buckets, so that percentiles survive roll-ups: bucket {@code i} holds latencies above
 * {@code BOUNDS[i-1]} and at most {@code BOUNDS[i]} milliseconds; the last bucket is open.
 */
public final class LatencyHistogram {
    /** Upper bounds in milliseconds of every bucket but the last (which holds everything slower). */
    private static final long[] BOUNDS = {5, 10, 25, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 1500, 2000, 3000,
            5000, 7500, 10000, 20000};
    public static final int BUCKETS = BOUNDS.length + 1;
    public static final LatencyHistogram EMPTY = new LatencyHistogram(new long[BUCKETS]);

    private final long[] counts;

    private LatencyHistogram(long[] counts) {
        this.counts = counts;
    }

    /** A histogram from stored counts (exactly {@link #BUCKETS} non-negative numbers). */
    public static LatencyHistogram of(long[] counts) {
        Objects.requireNonNull(counts, "counts");
        if (counts.length != BUCKETS) {
            throw new IllegalArgumentException("a latency histogram has " + BUCKETS + " buckets, not " + counts.length);
        }
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("histogram counts must not be negative");
            }
        }
        return new LatencyHistogram(counts.clone());
    }

    /** The bucket a latency falls into. */
    public static int bucketOf(long millis) {
        for (int i = 0; i < BOUNDS.length; i++) {
            if (millis <= BOUNDS[i]) {
                return i;
            }
        }
        return BOUNDS.length;
    }

    /** The upper bound of bucket {@code i} in milliseconds, or {@link Long#MAX_VALUE} for the open last bucket. */
    public static long upperBound(int i) {
        return i < BOUNDS.length ? BOUNDS[i] : Long.MAX_VALUE;
    }

    public LatencyHistogram plus(long millis) {
        long[] next = counts.clone();
        next[bucketOf(millis)]++;
        return new LatencyHistogram(next);
    }

    public LatencyHistogram merge(LatencyHistogram other) {
        long[] next = counts.clone();
        for (int i = 0; i < BUCKETS; i++) {
            next[i] += other.counts[i];
        }
        return new LatencyHistogram(next);
    }

    public long total() {
        return Arrays.stream(counts).sum();
    }

    public long[] counts() {
        return counts.clone();
    }

    /**
     * The {@code p}-th percentile (0 &lt; p &lt;= 1), interpolated linearly inside its bucket and kept within the observed
     * {@code min} and {@code max}; 0 when empty.
     */
    public long percentile(double p, long min, long max) {
        long total = total();
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(p * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (counts[i] == 0) {
                continue;
            }
            if (seen + counts[i] >= rank) {
                long lower = Math.max(i == 0 ? 0 : BOUNDS[i - 1], min);
                long upper = Math.min(i < BOUNDS.length ? BOUNDS[i] : max, max);
                if (upper <= lower) {
                    return Math.max(min, Math.min(upper, max));
                }
                double within = (double) (rank - seen) / counts[i];
                return Math.round(lower + within * (upper - lower));
            }
            seen += counts[i];
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatencyHistogram other && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "LatencyHistogram" + Arrays.toString(counts);
    }
}
