package dev.vigil.domain.check;

import static dev.vigil.domain.check.CheckFixtures.degraded;
import static dev.vigil.domain.check.CheckFixtures.down;
import static dev.vigil.domain.check.CheckFixtures.up;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.DependencyId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final DependencyId DEP = new DependencyId(7);

    private Check httpCheck(int failureThreshold, int successThreshold) {
        return Check.configure(DEP, CheckFixtures.http("http://127.0.0.1/health"),
                new CheckThresholds(failureThreshold, successThreshold), T0);
    }

    @Test
    void failuresInARow_degradeThenBreak_andOneSuccessRecovers() {
        Check check = httpCheck(3, 1);
        Status status = Status.UNKNOWN;

        Check.Outcome first = check.apply(down(7, T0.plusSeconds(60), "connection refused"), status);
        Check.Outcome second = first.check().apply(down(7, T0.plusSeconds(120), "connection refused"), first.status());
        Check.Outcome third = second.check().apply(down(7, T0.plusSeconds(180), "connection refused"), second.status());
        Check.Outcome back = third.check().apply(up(7, T0.plusSeconds(240), 12), third.status());

        assertThat(first.status()).isEqualTo(Status.DEGRADED);
        assertThat(second.status()).isEqualTo(Status.DEGRADED);
        assertThat(third.status()).isEqualTo(Status.OUTAGE);
        assertThat(third.message()).isEqualTo("Check failed 3 times in a row: connection refused");
        assertThat(third.check().state().consecutiveFailures()).isEqualTo(3);
        assertThat(back.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(back.check().state().consecutiveFailures()).isZero();
        assertThat(back.check().state().last()).get().extracting(CheckResult::latencyMillis).isEqualTo(12L);
    }

    @Test
    void aFailure_neverImprovesAStatusAPersonSet() {
        Check check = httpCheck(3, 1);

        Check.Outcome outcome = check.apply(down(7, T0.plusSeconds(1), "timeout"), Status.OUTAGE);

        assertThat(outcome.status()).isEqualTo(Status.OUTAGE);
    }

    @Test
    void recovery_waitsForSuccessThresholdGoodResults_keepingTheStatusMeanwhile() {
        Check check = httpCheck(1, 2);
        Check.Outcome broken = check.apply(down(7, T0.plusSeconds(1), "500"), Status.OPERATIONAL);

        Check.Outcome one = broken.check().apply(up(7, T0.plusSeconds(2), 5), broken.status());
        Check.Outcome two = one.check().apply(up(7, T0.plusSeconds(3), 5), one.status());

        assertThat(broken.status()).isEqualTo(Status.OUTAGE);
        assertThat(one.status()).isEqualTo(Status.OUTAGE);
        assertThat(two.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(two.message()).isEqualTo("Check succeeded 2 times in a row (status 200, 5 ms)");
    }

    @Test
    void aDegradedResult_degradesAtOnce_andResetsBothCounts() {
        Check check = httpCheck(3, 1);
        Check.Outcome failed = check.apply(down(7, T0.plusSeconds(1), "timeout"), Status.OPERATIONAL);

        Check.Outcome slow = failed.check().apply(degraded(7, T0.plusSeconds(2), 1500), Status.OPERATIONAL);

        assertThat(slow.status()).isEqualTo(Status.DEGRADED);
        assertThat(slow.check().state().consecutiveFailures()).isZero();
        assertThat(slow.check().state().consecutiveSuccesses()).isZero();
        assertThat(slow.message()).isEqualTo("Check degraded: answered in 1500 ms");
    }

    @Test
    void maintenanceSetByAPerson_isNotChangedByResults() {
        Check check = httpCheck(1, 1);

        assertThat(check.apply(down(7, T0, "refused"), Status.MAINTENANCE).status()).isEqualTo(Status.MAINTENANCE);
        assertThat(check.apply(up(7, T0, 1), Status.MAINTENANCE).status()).isEqualTo(Status.MAINTENANCE);
    }

    @Test
    void aResultOfAnotherDependency_isRefused() {
        assertThatThrownBy(() -> httpCheck(3, 1).apply(up(8, T0, 1), Status.OPERATIONAL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pushCheck_goesMissingAfterPeriodPlusGrace_once_andRecoversWithAPing() {
        PushToken token = PushToken.presented("vgp_test");
        Check check = Check.configure(DEP, CheckFixtures.push(Duration.ofMinutes(5), Duration.ofMinutes(1), token),
                CheckThresholds.DEFAULT, T0);
        Check.Outcome ping = check.apply(up(7, T0.plusSeconds(60), 0), Status.UNKNOWN);

        assertThat(ping.check().pingDeadline()).contains(T0.plusSeconds(60 + 300 + 60));
        assertThat(ping.check().missingAt(T0.plusSeconds(420), ping.status())).isEmpty();
        Check.Outcome missing = ping.check().missingAt(T0.plusSeconds(421), ping.status()).orElseThrow();
        assertThat(missing.status()).isEqualTo(Status.OUTAGE);
        assertThat(missing.result().reason()).isEqualTo("missing");
        assertThat(missing.check().state().missing()).isTrue();
        assertThat(missing.check().missingAt(T0.plusSeconds(900), missing.status())).isEmpty();

        Check.Outcome back = missing.check().apply(up(7, T0.plusSeconds(901), 0), missing.status());
        assertThat(back.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(back.check().state().missing()).isFalse();
        assertThat(back.check().state().lastPingAt()).contains(T0.plusSeconds(901));
    }

    @Test
    void pushCheck_neverPinged_isDueFromWhenItWasSetUp() {
        Check check = Check.configure(DEP, CheckFixtures.push(Duration.ofSeconds(60), Duration.ZERO,
                PushToken.presented("t")), CheckThresholds.DEFAULT, T0);

        assertThat(check.pingDeadline()).contains(T0.plusSeconds(60));
        assertThat(check.missingAt(T0.plusSeconds(61), Status.UNKNOWN)).get()
                .extracting(Check.Outcome::message).asString().startsWith("missing: no ping since the check was set up");
    }

    @Test
    void pushCheckOnACron_isDueAtTheNextFiringAfterTheLastPing_plusGrace() {
        Check check = Check.configure(DEP, CheckFixtures.pushCron("30 3 * * *", "Europe/Berlin", Duration.ofMinutes(10),
                PushToken.presented("t")), CheckThresholds.DEFAULT, Instant.parse("2026-06-01T12:00:00Z"));

        assertThat(check.pingDeadline()).contains(Instant.parse("2026-06-02T01:40:00Z"));
    }

    @Test
    void httpChecks_haveNoPingDeadline() {
        assertThat(httpCheck(3, 1).pingDeadline()).isEmpty();
        assertThat(httpCheck(3, 1).missingAt(T0.plusSeconds(100000), Status.OPERATIONAL)).isEmpty();
    }

    @Test
    void reconfigure_startsTheCountsAgain() {
        Check failing = httpCheck(3, 1).apply(down(7, T0, "x"), Status.OPERATIONAL).check();

        Check again = failing.reconfigure(CheckFixtures.tcp("db", 5432), CheckThresholds.DEFAULT, T0.plusSeconds(5));

        assertThat(again.state()).isEqualTo(CheckState.INITIAL);
        assertThat(again.kind()).isEqualTo(CheckKind.TCP);
        assertThat(again.configuredAt()).isEqualTo(T0.plusSeconds(5));
    }
}
