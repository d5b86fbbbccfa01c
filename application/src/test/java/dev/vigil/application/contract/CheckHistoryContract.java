package dev.vigil.application.contract;

import static dev.vigil.domain.check.CheckFixtures.degraded;
import static dev.vigil.domain.check.CheckFixtures.down;
import static dev.vigil.domain.check.CheckFixtures.up;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.port.out.CheckHistory;
import dev.vigil.application.port.out.CheckHistory.Tier;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.ResultStats;
import dev.vigil.domain.system.DependencyId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** What every {@link CheckHistory} adapter must do. */
public abstract class CheckHistoryContract {
    protected static final Instant DAY = Instant.parse("2026-03-01T00:00:00Z");
    private static final DependencyId DEP = new DependencyId(1);
    private static final Instant FAR = Instant.parse("2100-01-01T00:00:00Z");

    protected abstract CheckHistory history();

    /** A result every 10 minutes for two days: a failure every sixth, a degraded answer every fourth. */
    private List<CheckResult> twoDays() {
        List<CheckResult> results = new ArrayList<>();
        for (int i = 0; i < 2 * 24 * 6; i++) {
            Instant at = DAY.plus(Duration.ofMinutes(10L * i)).plusMillis(i);
            results.add(i % 6 == 5 ? down(1, at, "refused") : i % 4 == 3 ? degraded(1, at, 700 + i) : up(1, at, 10 + i % 50));
            results.add(up(2, at, 1));
        }
        return results;
    }

    private static ResultStats sum(SortedMap<Instant, ResultStats> buckets) {
        return buckets.values().stream().reduce(ResultStats.EMPTY, ResultStats::merge);
    }

    @Test
    void rawStats_areBucketedFromTheEpoch_andOnlyForThatDependency() {
        history().append(List.of(up(1, DAY.plusSeconds(10), 20), down(1, DAY.plusSeconds(70), "x"),
                up(1, DAY.plusSeconds(130), 40), up(2, DAY.plusSeconds(10), 999)));

        SortedMap<Instant, ResultStats> minutes = history().stats(Tier.RAW, DEP, DAY, DAY.plusSeconds(3600), Duration.ofMinutes(1));

        assertThat(minutes.keySet()).containsExactly(DAY, DAY.plusSeconds(60), DAY.plusSeconds(120));
        assertThat(minutes.get(DAY.plusSeconds(60)).failures()).isEqualTo(1);
        ResultStats total = sum(minutes);
        assertThat(total.count()).isEqualTo(3);
        assertThat(total.latencyMin()).isEqualTo(20);
        assertThat(total.latencyMax()).isEqualTo(40);
        assertThat(total.latencySum()).isEqualTo(60);
    }

    @Test
    void stats_respectTheHalfOpenWindow() {
        history().append(List.of(up(1, DAY, 1), up(1, DAY.plusSeconds(60), 1)));

        assertThat(sum(history().stats(Tier.RAW, DEP, DAY, DAY.plusSeconds(60), Duration.ofMinutes(1))).count()).isEqualTo(1);
    }

    @Test
    void rollUps_keepTheSameSums_andPercentiles_hourlyThenDaily() {
        List<CheckResult> results = twoDays();
        history().append(results);
        ResultStats raw = sum(history().stats(Tier.RAW, DEP, DAY, FAR, Duration.ofHours(1)));

        history().rollUpHours(DAY.plus(Duration.ofDays(2)));
        history().rollUpDays(DAY.plus(Duration.ofDays(2)));

        SortedMap<Instant, ResultStats> hours = history().stats(Tier.HOURLY, DEP, DAY, FAR, Duration.ofHours(1));
        SortedMap<Instant, ResultStats> days = history().stats(Tier.DAILY, DEP, DAY, FAR, Duration.ofDays(1));
        assertThat(hours).hasSize(48);
        assertThat(days.keySet()).containsExactly(DAY, DAY.plus(Duration.ofDays(1)));
        assertThat(sum(hours)).isEqualTo(raw);
        assertThat(sum(days)).isEqualTo(raw);
        assertThat(raw.count()).isEqualTo(288);
        assertThat(raw.failures()).isEqualTo(48);
        assertThat(raw.degraded()).isEqualTo(48);
    }

    @Test
    void rollUp_onlyTakesFinishedPeriods_andNeverCountsTwice() {
        history().append(twoDays());

        history().rollUpHours(DAY.plus(Duration.ofHours(1)));
        history().rollUpHours(DAY.plus(Duration.ofHours(1)));
        history().rollUpHours(DAY.plus(Duration.ofHours(2)));

        SortedMap<Instant, ResultStats> hours = history().stats(Tier.HOURLY, DEP, DAY, FAR, Duration.ofHours(1));
        assertThat(hours.keySet()).containsExactly(DAY, DAY.plus(Duration.ofHours(1)));
        assertThat(hours.get(DAY).count()).isEqualTo(6);
        assertThat(history().stats(Tier.DAILY, DEP, DAY, FAR, Duration.ofDays(1))).isEmpty();
    }

    @Test
    void rollUp_takesOnlyWholeHoursAndDays_beforeTheGivenTime() {
        history().append(twoDays());

        history().rollUpHours(DAY.plus(Duration.ofMinutes(90)));
        history().rollUpDays(DAY.plus(Duration.ofHours(30)));

        assertThat(history().stats(Tier.HOURLY, DEP, DAY, FAR, Duration.ofHours(1)).keySet()).containsExactly(DAY);
        assertThat(history().stats(Tier.DAILY, DEP, DAY, FAR, Duration.ofDays(1)).keySet()).containsExactly(DAY);
        assertThat(history().stats(Tier.DAILY, DEP, DAY, FAR, Duration.ofDays(1)).get(DAY).count()).isEqualTo(6);
    }

    @Test
    void hourly_ofManyDependencies_isOneMapOfTheirHourlyRows_withinTheWindow() {
        history().append(List.of(up(1, DAY.plusSeconds(60), 10), up(1, DAY.plusSeconds(3660), 30),
                up(1, DAY.plusSeconds(3700), 50), up(2, DAY.plusSeconds(7300), 7), up(3, DAY.plusSeconds(60), 1),
                up(1, DAY.plusSeconds(3 * 3600 + 1), 99)));
        history().rollUpHours(DAY.plusSeconds(4 * 3600));

        var hourly = history().hourly(List.of(DEP, new DependencyId(2), new DependencyId(4)), DAY,
                DAY.plusSeconds(3 * 3600));

        assertThat(hourly).containsOnlyKeys(DEP, new DependencyId(2));
        assertThat(hourly.get(DEP).keySet()).containsExactly(DAY, DAY.plusSeconds(3600));
        assertThat(hourly.get(DEP).get(DAY.plusSeconds(3600)).averageLatency()).isEqualTo(40.0);
        assertThat(hourly.get(new DependencyId(2)).get(DAY.plusSeconds(7200)).latencyMax()).isEqualTo(7);
        assertThat(history().hourly(List.of(), DAY, FAR)).isEmpty();
    }

    @Test
    void purge_deletesOldRawAndHourlyRows_keepingDaily() {
        history().append(twoDays());
        history().rollUpHours(DAY.plus(Duration.ofDays(2)));
        history().rollUpDays(DAY.plus(Duration.ofDays(1)));

        long deleted = history().purge(DAY.plus(Duration.ofDays(1)), DAY.plus(Duration.ofDays(1)));

        assertThat(deleted).isEqualTo(288 + 24 * 2);
        assertThat(history().stats(Tier.RAW, DEP, DAY, DAY.plus(Duration.ofDays(1)), Duration.ofDays(1))).isEmpty();
        assertThat(sum(history().stats(Tier.RAW, DEP, DAY, FAR, Duration.ofDays(1))).count()).isEqualTo(144);
        assertThat(history().stats(Tier.HOURLY, DEP, DAY, FAR, Duration.ofHours(1))).hasSize(24);
        assertThat(sum(history().stats(Tier.DAILY, DEP, DAY, FAR, Duration.ofDays(1))).count()).isEqualTo(144);
    }

    @Test
    void nothingStored_isAnEmptyMap() {
        assertThat(history().stats(Tier.RAW, DEP, DAY, FAR, Duration.ofMinutes(15))).isEmpty();
        history().rollUpHours(FAR);
        history().rollUpDays(FAR);
        assertThat(history().purge(DAY, DAY)).isZero();
    }
}
