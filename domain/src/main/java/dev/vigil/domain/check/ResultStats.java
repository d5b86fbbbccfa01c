package dev.vigil.domain.check;

import java.util.Objects;

/**
 * A summary of check results over some time: how many, how many failed or were degraded, and the latency of those
 * that did not fail (minimum, maximum, sum and a histogram for percentiles). Summaries add up, so hourly and daily
 * roll-ups are sums of finer ones.
 */
public record ResultStats(long count, long failures, long degraded, long latencyMin, long latencyMax, long latencySum,
                          LatencyHistogram histogram) {
    public static final ResultStats EMPTY = new ResultStats(0, 0, 0, 0, 0, 0, LatencyHistogram.EMPTY);

    public ResultStats {
        Objects.requireNonNull(histogram, "histogram");
        if (count < 0 || failures < 0 || degraded < 0 || failures + degraded > count) {
            throw new IllegalArgumentException("result counts must be consistent");
        }
        if (histogram.total() != count - failures) {
            throw new IllegalArgumentException("the histogram must count every result that did not fail");
        }
    }

    public static ResultStats of(CheckResult result) {
        if (result.failed()) {
            return new ResultStats(1, 1, 0, 0, 0, 0, LatencyHistogram.EMPTY);
        }
        long ms = result.latencyMillis();
        return new ResultStats(1, 0, result.verdict() == Verdict.DEGRADED ? 1 : 0, ms, ms, ms,
                LatencyHistogram.EMPTY.plus(ms));
    }

    public ResultStats merge(ResultStats other) {
        long measured = count - failures;
        long otherMeasured = other.count - other.failures;
        long min = measured == 0 ? other.latencyMin : otherMeasured == 0 ? latencyMin : Math.min(latencyMin, other.latencyMin);
        long max = Math.max(latencyMax, other.latencyMax);
        return new ResultStats(count + other.count, failures + other.failures, degraded + other.degraded, min, max,
                latencySum + other.latencySum, histogram.merge(other.histogram));
    }

    /** Results that did not fail (and so have a latency). */
    public long measured() {
        return count - failures;
    }

    public double averageLatency() {
        return measured() == 0 ? 0 : (double) latencySum / measured();
    }

    public long percentile(double p) {
        return histogram.percentile(p, latencyMin, latencyMax);
    }

    /** Share of results that did not fail, in percent; 0 when there are none. */
    public double uptimePercent() {
        return count == 0 ? 0 : 100.0 * measured() / count;
    }
}
