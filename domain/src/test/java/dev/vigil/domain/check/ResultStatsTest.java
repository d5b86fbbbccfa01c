package dev.vigil.domain.check;

import static dev.vigil.domain.check.CheckFixtures.degraded;
import static dev.vigil.domain.check.CheckFixtures.down;
import static dev.vigil.domain.check.CheckFixtures.up;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResultStatsTest {
    private static final Instant T = Instant.EPOCH;

    private static ResultStats of(CheckResult... results) {
        ResultStats stats = ResultStats.EMPTY;
        for (CheckResult r : results) {
            stats = stats.merge(ResultStats.of(r));
        }
        return stats;
    }

    @Test
    void merge_countsFailuresAndDegraded_andMeasuresOnlyWhatDidNotFail() {
        ResultStats stats = of(up(1, T, 20), down(1, T, "x"), degraded(1, T, 900), up(1, T, 40));

        assertThat(stats.count()).isEqualTo(4);
        assertThat(stats.failures()).isEqualTo(1);
        assertThat(stats.degraded()).isEqualTo(1);
        assertThat(stats.latencyMin()).isEqualTo(20);
        assertThat(stats.latencyMax()).isEqualTo(900);
        assertThat(stats.averageLatency()).isEqualTo(320.0);
        assertThat(stats.uptimePercent()).isEqualTo(75.0);
    }

    @Test
    void aFailureFirst_doesNotMakeTheMinimumZero() {
        assertThat(of(down(1, T, "x"), up(1, T, 30)).latencyMin()).isEqualTo(30);
    }

    @Test
    void empty_isZeros() {
        assertThat(ResultStats.EMPTY.averageLatency()).isZero();
        assertThat(ResultStats.EMPTY.uptimePercent()).isZero();
        assertThat(ResultStats.EMPTY.percentile(0.99)).isZero();
    }

    @Test
    void percentiles_fromTheHistogram_stayWithinTheirBucketAndTheObservedRange() {
        ResultStats stats = ResultStats.EMPTY;
        for (int i = 1; i <= 100; i++) {
            stats = stats.merge(ResultStats.of(up(1, T, i)));
        }

        assertThat(stats.percentile(0.50)).isBetween(50L, 75L);
        assertThat(stats.percentile(0.95)).isBetween(75L, 100L);
        assertThat(stats.percentile(0.99)).isBetween(95L, 100L);
        assertThat(stats.percentile(1.0)).isEqualTo(100L);
        assertThat(of(up(1, T, 42)).percentile(0.5)).isEqualTo(42L);
    }

    @Test
    void histogram_bucketsAndBounds() {
        assertThat(LatencyHistogram.bucketOf(0)).isZero();
        assertThat(LatencyHistogram.bucketOf(5)).isZero();
        assertThat(LatencyHistogram.bucketOf(6)).isEqualTo(1);
        assertThat(LatencyHistogram.bucketOf(60_000)).isEqualTo(LatencyHistogram.BUCKETS - 1);
        assertThatThrownBy(() -> LatencyHistogram.of(new long[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inconsistentCounts_areRefused() {
        assertThatThrownBy(() -> new ResultStats(1, 2, 0, 0, 0, 0, LatencyHistogram.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
