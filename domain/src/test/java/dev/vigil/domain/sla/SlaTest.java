package dev.vigil.domain.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.SystemId;
import dev.vigil.domain.uptime.UptimeTally;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaTest {
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long MINUTE = Duration.ofMinutes(1).toMillis();

    private static UptimeTally tally(long operational, long outage) {
        return new UptimeTally(operational, 0, outage, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-17T10:15:00Z, month,   2026-03-01T00:00:00Z, 2026-04-01T00:00:00Z",
        "2026-03-17T10:15:00Z, quarter, 2026-01-01T00:00:00Z, 2026-04-01T00:00:00Z",
        "2026-11-30T23:59:59Z, quarter, 2026-10-01T00:00:00Z, 2027-01-01T00:00:00Z",
        "2026-03-17T10:15:00Z, year,    2026-01-01T00:00:00Z, 2027-01-01T00:00:00Z",
        "2026-03-17T10:15:00Z, 7d,      2026-03-10T10:15:00Z, 2026-03-17T10:15:00Z"})
    void periods_areUtcCalendarPeriods_orRollingWindows(String now, String period, String from, String end) {
        PeriodWindow window = SlaPeriod.fromWire(period).current(Instant.parse(now));

        assertThat(window.from()).isEqualTo(Instant.parse(from));
        assertThat(window.to()).isEqualTo(Instant.parse(now));
        assertThat(window.end()).isEqualTo(Instant.parse(end));
    }

    @Test
    void previousPeriod_isComplete() {
        PeriodWindow previous = SlaPeriod.MONTH.previous(Instant.parse("2026-03-01T00:05:00Z"));

        assertThat(previous.from()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(previous.to()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(previous.remaining()).isZero();
        assertThatThrownBy(() -> SlaPeriod.LAST_7D.previous(Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlaPeriod.fromWire("monthly"))
                .hasMessage("period must be one of month, quarter, year, 24h, 7d, 30d, 90d");
    }

    @Test
    void aRollingThirtyDays_at999_allowsFortyThreeMinutes() {
        SlaAssessment a = SlaAssessment.assess(new SlaTarget(99.9), tally(30 * DAY - 13 * MINUTE, 13 * MINUTE),
                Duration.ZERO);

        assertThat(a.budget()).isEqualTo(Duration.ofMillis(2_592_000)).isEqualTo(Duration.ofSeconds(2592));
        assertThat(a.spent()).isEqualTo(Duration.ofMinutes(13));
        assertThat(a.remaining()).isEqualTo(Duration.ofSeconds(2592 - 780));
        assertThat(a.met()).isTrue();
        assertThat(a.burnRate().orElseThrow()).isCloseTo(780.0 / 2592.0, within(1e-9));
        assertThat(a.summary()).isEqualTo(SlaSummary.GOOD);
    }

    @ParameterizedTest
    @CsvSource({"0, excellent", "5, excellent", "11, good", "33, at_risk", "43, at_risk", "44, breached"})
    void summary_followsTheShareOfTheBudgetSpent(long outageMinutes, String summary) {
        SlaAssessment a = SlaAssessment.assess(new SlaTarget(99.9), tally(30 * DAY - outageMinutes * MINUTE,
                outageMinutes * MINUTE), Duration.ZERO);

        assertThat(a.summary().wireName()).isEqualTo(summary);
        assertThat(a.met()).isEqualTo(!a.breached());
    }

    @Test
    void aCalendarMonthInProgress_budgetsForTheWholeMonth_andIsAtRiskBelowTargetUntilTheBudgetIsGone() {
        // Day 1 of a 30-day month: 30 minutes down. Below 99.9 % so far, but the month allows 43.2 minutes.
        SlaAssessment a = SlaAssessment.assess(new SlaTarget(99.9), tally(DAY - 30 * MINUTE, 30 * MINUTE),
                Duration.ofDays(29));

        assertThat(a.met()).isFalse();
        assertThat(a.budget()).isEqualTo(Duration.ofMillis(2_592_000));
        assertThat(a.remaining()).isPositive();
        assertThat(a.summary()).isEqualTo(SlaSummary.AT_RISK);
        assertThat(SlaAssessment.assess(new SlaTarget(99.9), tally(DAY - 50 * MINUTE, 50 * MINUTE),
                Duration.ofDays(29)).summary()).isEqualTo(SlaSummary.BREACHED);
    }

    @Test
    void aHundredPercentTarget_hasNoBudget_andNoBurnRateOnceSpent() {
        SlaAssessment clean = SlaAssessment.assess(new SlaTarget(100), tally(DAY, 0), Duration.ZERO);
        SlaAssessment down = SlaAssessment.assess(new SlaTarget(100), tally(DAY - 1, 1), Duration.ZERO);

        assertThat(clean.summary()).isEqualTo(SlaSummary.EXCELLENT);
        assertThat(clean.burnRate()).contains(0.0);
        assertThat(down.summary()).isEqualTo(SlaSummary.BREACHED);
        assertThat(down.burnRate()).isEmpty();
    }

    @Test
    void nothingCounted_meetsTheTarget() {
        SlaAssessment a = SlaAssessment.assess(new SlaTarget(99.9), UptimeTally.ZERO, Duration.ZERO);

        assertThat(a.availability()).isEqualTo(100.0);
        assertThat(a.met()).isTrue();
        assertThat(a.summary()).isEqualTo(SlaSummary.EXCELLENT);
    }

    @Test
    void breaches_areForCalendarPeriods_andAcknowledgedOnce() {
        Instant now = Instant.parse("2026-03-20T00:00:00Z");
        PeriodWindow month = SlaPeriod.MONTH.current(now);
        SlaAssessment breached = SlaAssessment.assess(new SlaTarget(99.9), tally(DAY, DAY), month.remaining());
        SlaBreach breach = SlaBreach.record(new SlaBreachId(1), new SystemId(2), "API", SlaPeriod.MONTH, month,
                breached, now);

        assertThat(breach.periodEnd()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        SlaBreach acked = breach.acknowledge("alice", now);
        assertThat(acked.acknowledgedBy()).contains("alice");
        assertThatThrownBy(() -> acked.acknowledge("bob", now)).isInstanceOf(BreachAlreadyAcknowledged.class);
        assertThatThrownBy(() -> SlaBreach.record(new SlaBreachId(1), new SystemId(2), "API", SlaPeriod.LAST_7D,
                month, breached, now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SlaBreach.record(new SlaBreachId(1), new SystemId(2), "API", SlaPeriod.MONTH, month,
                SlaAssessment.assess(new SlaTarget(99.9), tally(DAY, 0), Duration.ZERO), now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SlaBreached.of(breach).summary()).contains("API exhausted its error budget for the month");
        assertThat(Optional.of(breach.availability())).contains(50.0);
    }
}
