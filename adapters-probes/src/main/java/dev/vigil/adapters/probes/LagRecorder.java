package dev.vigil.adapters.probes;

/** How late runs started after they were planned, in a millisecond histogram (up to a minute, then capped). */
final class LagRecorder {
    private static final int MAX_MS = 60_000;
    private final long[] counts = new long[MAX_MS + 1];
    private long total;
    private long max;

    synchronized void record(long lagMillis) {
        long lag = Math.max(0, lagMillis);
        counts[(int) Math.min(lag, MAX_MS)]++;
        total++;
        max = Math.max(max, lag);
    }

    synchronized long percentile(double p) {
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(p * total));
        long seen = 0;
        for (int ms = 0; ms <= MAX_MS; ms++) {
            seen += counts[ms];
            if (seen >= rank) {
                return ms;
            }
        }
        return MAX_MS;
    }

    synchronized long max() {
        return max;
    }

    synchronized long total() {
        return total;
    }

    synchronized void reset() {
        java.util.Arrays.fill(counts, 0);
        total = 0;
        max = 0;
    }
}
