package dev.vigil.application.contract;

import static dev.vigil.domain.system.SystemFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.port.out.StatusTallies;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.DayTally;
import dev.vigil.domain.uptime.Subject;
import dev.vigil.domain.uptime.TimelineState;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link StatusTallies} adapter must do. */
public abstract class StatusTalliesContract {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    private static final Subject SYSTEM = Subject.of(new SystemId(1));
    private static final Subject DEPENDENCY = Subject.of(new DependencyId(1));

    protected abstract StatusTallies tallies();

    private static UptimeTally tally(long n) {
        return new UptimeTally(n, 2 * n, 3 * n, 4 * n, 5 * n, n, n, 6 * n, 5 * n, n, 7 * n);
    }

    private static DayTally of(Subject subject, LocalDate day, long n, Status end) {
        return new DayTally(subject, day, tally(n), new TimelineState(end, T0.plusSeconds(n),
                n % 2 == 0 ? Optional.empty() : Optional.of(T0.plusMillis(n))));
    }

    @Test
    void nothingTallied_readsAsEmpty() {
        assertThat(tallies().firstDay()).isEmpty();
        assertThat(tallies().lastDay()).isEmpty();
        assertThat(tallies().endStates(DAY)).isEmpty();
        assertThat(tallies().sum(DAY, DAY.plusDays(3))).isEmpty();
    }

    @Test
    void days_keepEveryFieldOfTheirTallies_andEndStates() {
        DayTally system = of(SYSTEM, DAY, 3, Status.OUTAGE);
        DayTally dependency = of(DEPENDENCY, DAY, 4, Status.DEGRADED);

        tallies().saveDay(DAY, List.of(system, dependency));

        assertThat(tallies().firstDay()).contains(DAY);
        assertThat(tallies().lastDay()).contains(DAY);
        assertThat(tallies().endStates(DAY)).containsEntry(SYSTEM, system.atEnd()).containsEntry(DEPENDENCY,
                dependency.atEnd()).hasSize(2);
        assertThat(tallies().sum(DAY, DAY)).containsEntry(SYSTEM, tally(3)).containsEntry(DEPENDENCY, tally(4));
    }

    @Test
    void sum_addsUpTheDaysInTheRange_takingTheLongestOutageOfAny() {
        tallies().saveDay(DAY, List.of(of(SYSTEM, DAY, 1, Status.OPERATIONAL)));
        tallies().saveDay(DAY.plusDays(1), List.of(of(SYSTEM, DAY.plusDays(1), 10, Status.OPERATIONAL),
                of(DEPENDENCY, DAY.plusDays(1), 2, Status.OPERATIONAL)));
        tallies().saveDay(DAY.plusDays(2), List.of(of(SYSTEM, DAY.plusDays(2), 100, Status.OPERATIONAL),
                of(DEPENDENCY, DAY.plusDays(2), 0, Status.OPERATIONAL)));

        assertThat(tallies().sum(DAY.plusDays(1), DAY.plusDays(2)))
                .containsEntry(SYSTEM, tally(10).plus(tally(100)))
                .containsEntry(DEPENDENCY, tally(2));
        assertThat(tallies().sum(DAY, DAY.plusDays(2)).get(SYSTEM).longestEndedOutageMs()).isEqualTo(500);
        assertThat(tallies().lastDay()).contains(DAY.plusDays(2));
        assertThat(tallies().firstDay()).contains(DAY);
    }

    @Test
    void daily_givesEachSubjectOfAKind_itsOwnTallyPerDay_withinTheRange() {
        Subject other = Subject.of(new SystemId(2));
        tallies().saveDay(DAY, List.of(of(SYSTEM, DAY, 1, Status.OPERATIONAL), of(DEPENDENCY, DAY, 9, Status.OUTAGE)));
        tallies().saveDay(DAY.plusDays(1), List.of(of(SYSTEM, DAY.plusDays(1), 2, Status.OPERATIONAL),
                of(other, DAY.plusDays(1), 5, Status.OPERATIONAL)));
        tallies().saveDay(DAY.plusDays(2), List.of(of(SYSTEM, DAY.plusDays(2), 3, Status.OPERATIONAL)));

        var daily = tallies().daily(Subject.Kind.SYSTEM, DAY, DAY.plusDays(1));

        assertThat(daily).containsOnlyKeys(SYSTEM, other);
        assertThat(daily.get(SYSTEM)).containsExactly(Map.entry(DAY, tally(1)), Map.entry(DAY.plusDays(1), tally(2)));
        assertThat(daily.get(other)).containsExactly(Map.entry(DAY.plusDays(1), tally(5)));
        assertThat(tallies().daily(Subject.Kind.DEPENDENCY, DAY, DAY.plusDays(5)).get(DEPENDENCY))
                .containsExactly(Map.entry(DAY, tally(9)));
        assertThat(tallies().daily(Subject.Kind.SYSTEM, DAY.plusDays(1), DAY)).isEmpty();
    }

    @Test
    void aDayThatLeavesAGap_isRefused() {
        tallies().saveDay(DAY, List.of(of(SYSTEM, DAY, 1, Status.OPERATIONAL)));

        assertThatThrownBy(() -> tallies().saveDay(DAY.plusDays(2), List.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(tallies().lastDay()).contains(DAY);
    }

    /**
     * Sums over random ranges equal the days added one by one, for subjects born on different days, over ranges
     * short and long (beyond 512 days too).
     */
    @Test
    void sum_ofAnyRange_isTheDaysAddedUp() {
        Random random = new Random(7);
        int days = 530;
        List<Subject> subjects = List.of(SYSTEM, DEPENDENCY, Subject.of(new SystemId(2)));
        int[] born = {0, 5, 300};
        List<Map<Subject, UptimeTally>> history = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            List<DayTally> day = new ArrayList<>();
            Map<Subject, UptimeTally> byTally = new HashMap<>();
            for (int s = 0; s < subjects.size(); s++) {
                if (d >= born[s]) {
                    long ended = random.nextInt(3) == 0 ? random.nextInt(100_000) : 0;
                    UptimeTally t = new UptimeTally(random.nextInt(86_400_000), random.nextInt(1000),
                            random.nextInt(5000), random.nextInt(100), random.nextInt(10), random.nextInt(3),
                            ended > 0 ? 1 : 0, ended, ended, random.nextInt(2), random.nextInt(100_000));
                    byTally.put(subjects.get(s), t);
                    day.add(new DayTally(subjects.get(s), DAY.plusDays(d), t,
                            new TimelineState(Status.OPERATIONAL, T0, Optional.empty())));
                }
            }
            tallies().saveDay(DAY.plusDays(d), day);
            history.add(byTally);
        }

        for (int i = 0; i < 60; i++) {
            int first = random.nextInt(days);
            int last = i < 3 ? days - 1 - i : first + random.nextInt(days - first);
            if (i < 3) {
                first = i;
            }
            Map<Subject, UptimeTally> expected = new HashMap<>();
            for (int d = first; d <= last; d++) {
                history.get(d).forEach((subject, t) -> expected.merge(subject, t, UptimeTally::plus));
            }
            assertThat(tallies().sum(DAY.plusDays(first), DAY.plusDays(last))).as("days %d to %d", first, last)
                    .isEqualTo(expected);
        }
    }
}
