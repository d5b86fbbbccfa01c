package dev.vigil.adapters.probes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.domain.check.Check;
import dev.vigil.domain.check.CheckFixtures;
import dev.vigil.domain.check.CheckThresholds;
import dev.vigil.domain.check.PushToken;
import dev.vigil.domain.system.DependencyId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The schedule on instants the test chooses: no sleeping, no real clock. */
class ScheduleTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private final Schedule schedule = new Schedule(new SplittableRandom(42), Duration.ofSeconds(5));

    private static Check http(long id, int intervalSeconds) {
        return Check.configure(new DependencyId(id), CheckFixtures.http("http://h" + id + "/", Duration.ofSeconds(intervalSeconds)),
                CheckThresholds.DEFAULT, T0);
    }

    private static List<Check> checks(int count, int intervalSeconds) {
        List<Check> checks = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            checks.add(http(i, intervalSeconds));
        }
        return checks;
    }

    private List<Schedule.Due> runAndFinish(Instant now) {
        List<Schedule.Due> due = schedule.due(now, Integer.MAX_VALUE);
        due.forEach(d -> schedule.finished(d.dependency()));
        return due;
    }

    @Test
    void aRunStartedLate_doesNotPushTheNextRunsBack() {
        schedule.sync(List.of(http(1, 5)), T0, true);
        Instant planned = schedule.nextRun(new DependencyId(1)).orElseThrow();
        List<Instant> plannedRuns = new ArrayList<>();

        // every run starts 400 ms after it was planned (a busy machine); twelve runs
        Instant now = planned.plusMillis(400);
        for (int i = 0; i < 12; i++) {
            List<Schedule.Due> due = runAndFinish(now);
            assertThat(due).hasSize(1);
            plannedRuns.add(due.get(0).planned());
            now = schedule.nextRun(new DependencyId(1)).orElseThrow().plusMillis(400);
        }

        assertThat(plannedRuns.get(11)).isEqualTo(planned.plusSeconds(55));
        assertThat(schedule.respread()).isZero();
    }

    @Test
    void checksWithEqualIntervals_areSpreadOverTheInterval_notFiredTogether() {
        schedule.sync(checks(600, 60), T0, true);
        int[] perSecond = new int[60];

        for (int s = 0; s < 60; s++) {
            perSecond[s] = runAndFinish(T0.plusSeconds(s + 1).minusMillis(1)).size();
        }

        assertThat(java.util.Arrays.stream(perSecond).sum()).isEqualTo(600);
        assertThat(java.util.Arrays.stream(perSecond).max().orElseThrow()).isLessThan(30);
    }

    @Test
    void eachCheck_runsOneIntervalAfterItsOwnLastRun() {
        schedule.sync(List.of(http(1, 10), http(2, 30)), T0, true);
        List<Instant> runsOf1 = new ArrayList<>();
        List<Instant> runsOf2 = new ArrayList<>();

        for (int ms = 0; ms <= 100_000; ms += 100) {
            Instant now = T0.plusMillis(ms);
            for (Schedule.Due due : runAndFinish(now)) {
                (due.dependency().value() == 1 ? runsOf1 : runsOf2).add(now);
            }
        }

        assertThat(runsOf1).hasSize(10);
        assertThat(runsOf2).hasSizeBetween(3, 4);
        for (int i = 1; i < runsOf1.size(); i++) {
            assertThat(Duration.between(runsOf1.get(i - 1), runsOf1.get(i))).isEqualTo(Duration.ofSeconds(10));
        }
        assertThat(Duration.between(runsOf2.get(0), runsOf2.get(1))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aCheckStillRunning_isNotStartedAgain() {
        schedule.sync(List.of(http(1, 10)), T0, false);
        List<Schedule.Due> first = schedule.due(T0.plusSeconds(5), 10);

        List<Schedule.Due> whileRunning = schedule.due(T0.plusSeconds(16), 10);
        schedule.finished(new DependencyId(1));
        List<Schedule.Due> afterwards = schedule.due(T0.plusSeconds(26), 10);

        assertThat(first).hasSize(1);
        assertThat(whileRunning).isEmpty();
        assertThat(schedule.skippedWhileRunning()).isEqualTo(1);
        assertThat(afterwards).hasSize(1);
    }

    @Test
    void afterAPause_overdueChecksAreSpreadOut_notFiredInABurst() {
        schedule.sync(checks(1000, 60), T0, true);
        runAndFinish(T0.plusSeconds(60));

        List<Schedule.Due> afterPause = runAndFinish(T0.plusSeconds(60 + 300));

        assertThat(afterPause).isEmpty();
        assertThat(schedule.respread()).isEqualTo(1000);
        int firstSecond = runAndFinish(T0.plusSeconds(361)).size();
        int wholeMinute = firstSecond + runAndFinish(T0.plusSeconds(420)).size();
        assertThat(firstSecond).isLessThan(60);
        assertThat(wholeMinute).isEqualTo(1000);
    }

    @Test
    void theBoundOnConcurrentRuns_leavesTheRestDue_forTheNextTick() {
        schedule.sync(checks(10, 60), T0, false);

        List<Schedule.Due> first = schedule.due(T0.plusSeconds(6), 4);
        List<Schedule.Due> next = schedule.due(T0.plusSeconds(6), 100);

        assertThat(first).hasSize(4);
        assertThat(next).hasSize(6);
        assertThat(next).allSatisfy(d -> assertThat(d.planned()).isBeforeOrEqualTo(T0.plusSeconds(5)));
    }

    @Test
    void sync_addsSoon_updatesChanged_removesGone_andIgnoresPushChecks() {
        schedule.sync(List.of(http(1, 60), http(2, 60)), T0, true);
        Check push = Check.configure(new DependencyId(3), CheckFixtures.push(Duration.ofSeconds(60), Duration.ZERO,
                PushToken.presented("t")), CheckThresholds.DEFAULT, T0);
        Check changed = Check.configure(new DependencyId(1), CheckFixtures.http("http://elsewhere/", Duration.ofSeconds(60)),
                CheckThresholds.DEFAULT, T0);
        Check added = http(4, 3600);

        schedule.sync(List.of(changed, push, added), T0.plusSeconds(1), true);

        assertThat(schedule.size()).isEqualTo(2);
        assertThat(schedule.nextRun(new DependencyId(2))).isEmpty();
        assertThat(schedule.nextRun(new DependencyId(1)).orElseThrow()).isBefore(T0.plusSeconds(6));
        assertThat(schedule.nextRun(new DependencyId(4)).orElseThrow()).isBefore(T0.plusSeconds(3601));
        List<Schedule.Due> due = runAndFinish(T0.plusSeconds(7));
        assertThat(due).extracting(Schedule.Due::spec).contains(changed.spec());
    }
}
