package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.check.CheckDefinition;
import dev.vigil.application.port.in.check.CheckRun;
import dev.vigil.application.port.in.check.ConfigureCheckCommand;
import dev.vigil.application.port.in.check.ConfiguredCheck;
import dev.vigil.application.port.in.check.DailyUptime;
import dev.vigil.application.port.in.check.LatencyPeriod;
import dev.vigil.application.port.in.check.LatencyReport;
import dev.vigil.application.port.in.check.RecordPushPingCommand;
import dev.vigil.application.port.in.check.UnknownPushToken;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.domain.check.BodyRule;
import dev.vigil.domain.check.CheckFixtures;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.CheckThresholds;
import dev.vigil.domain.check.HeartbeatMissing;
import dev.vigil.domain.check.HttpCheck;
import dev.vigil.domain.check.NoCheckConfigured;
import dev.vigil.domain.check.PushToken;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusChanged;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckServicesTest {
    private final InMemoryVigil vigil = new InMemoryVigil();
    private MonitoredSystem system;
    private Dependency db;

    @BeforeEach
    void createSystemWithADependency() {
        system = vigil.createSystem.create(CreateSystemCommand.named("Checkout API"));
        db = vigil.addDependency.add(new AddDependencyCommand(system.id(), "PostgreSQL", "", Criticality.CRITICAL));
    }

    private ConfiguredCheck configureHttp() {
        return vigil.configureCheck.configure(new ConfigureCheckCommand(db.id(),
                new CheckDefinition.RunByVigil(CheckFixtures.http("http://db.internal/health")), CheckThresholds.DEFAULT));
    }

    private ConfiguredCheck configurePush(Duration period, Duration grace) {
        return vigil.configureCheck.configure(new ConfigureCheckCommand(db.id(),
                new CheckDefinition.Push(Optional.of(period), Optional.empty(), ZoneId.of("UTC"), grace), CheckThresholds.DEFAULT));
    }

    private Instant now() {
        return vigil.clock.instant();
    }

    private Status dependencyStatus() {
        return vigil.dependencies.byId(db.id()).orElseThrow().status();
    }

    private Status systemStatus() {
        return vigil.systems.byId(system.id()).orElseThrow().status();
    }

    private List<StatusChange> changes() {
        return vigil.log.all().stream().map(e -> e.change()).toList();
    }

    private void record(CheckResult... results) {
        vigil.recordCheckResults.record(List.of(results));
    }

    private void ping(PushToken token) {
        vigil.recordPushPing.ping(new RecordPushPingCommand(PushToken.presented(token.reveal()), false, ""));
    }

    @Test
    void configure_onAnUntouchedDependency_waitsInUnknown_loggedAsCheck_andRolledUp() {
        ConfiguredCheck configured = configureHttp();

        assertThat(configured.dependency().status()).isEqualTo(Status.UNKNOWN);
        assertThat(configured.newToken()).isEmpty();
        assertThat(systemStatus()).isEqualTo(Status.UNKNOWN);
        assertThat(changes()).extracting(StatusChange::source).containsExactly(StatusSource.CHECK, StatusSource.ROLLUP);
        assertThat(changes().get(0).message()).isEqualTo("Check configured (http); waiting for its first result");
    }

    @Test
    void configure_keepsAStatusAPersonSet() {
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(db.id(), Status.OUTAGE, "down for work"));

        ConfiguredCheck configured = configureHttp();

        assertThat(configured.dependency().status()).isEqualTo(Status.OUTAGE);
    }

    @Test
    void configure_ofAnUnknownDependency_isNotFound_andAnInvalidRegexIsRefused() {
        assertThatThrownBy(() -> vigil.configureCheck.configure(new ConfigureCheckCommand(new DependencyId(99),
                new CheckDefinition.RunByVigil(CheckFixtures.tcp("x", 1)), null))).isInstanceOf(UnknownDependency.class);
        HttpCheck badRegex = new HttpCheck(URI.create("http://x/"), "GET", null, Optional.of(new BodyRule.Matches("(ok")),
                Map.of(), "", null, null, Optional.empty());
        assertThatThrownBy(() -> vigil.configureCheck.configure(new ConfigureCheckCommand(db.id(),
                new CheckDefinition.RunByVigil(badRegex), null)))
                .hasMessage("expect_body is not a valid regular expression: missing closing )");
        assertThat(vigil.checks.byDependency(db.id())).isEmpty();
    }

    @Test
    void aTargetWrittenAsAForbiddenAddress_isRefusedAtOnce_aHostNameWaitsForTheProbe() {
        assertThatThrownBy(() -> vigil.configureCheck.configure(new ConfigureCheckCommand(db.id(),
                new CheckDefinition.RunByVigil(CheckFixtures.http("http://169.254.169.254/latest/meta-data/")), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url is refused by the outbound policy: 169.254.169.254 is a link-local or cloud-metadata "
                        + "address (169.254.0.0/16)");
        assertThatThrownBy(() -> vigil.configureCheck.configure(new ConfigureCheckCommand(db.id(),
                new CheckDefinition.RunByVigil(CheckFixtures.tcp("[fe80::1]", 22)), null)))
                .hasMessageStartingWith("host is refused by the outbound policy: fe80");

        assertThat(vigil.configureCheck.configure(new ConfigureCheckCommand(db.id(),
                new CheckDefinition.RunByVigil(CheckFixtures.http("http://127.0.0.1:8080/health")), null)).check()).isNotNull();
        assertThat(vigil.configureCheck.configure(new ConfigureCheckCommand(db.id(),
                new CheckDefinition.RunByVigil(CheckFixtures.http("http://metadata.internal/")), null)).check()).isNotNull();
    }

    @Test
    void failuresInARow_degradeThenBreak_thenRecover_eachTransitionLoggedOnceWithItsReason() {
        configureHttp();
        int logged = vigil.log.all().size();

        record(CheckFixtures.down(db.id().value(), now(), "connection refused"));
        assertThat(dependencyStatus()).isEqualTo(Status.DEGRADED);
        record(CheckFixtures.down(db.id().value(), now().plusSeconds(60), "connection refused"));
        record(CheckFixtures.down(db.id().value(), now().plusSeconds(120), "connection refused"));
        assertThat(dependencyStatus()).isEqualTo(Status.OUTAGE);
        assertThat(systemStatus()).isEqualTo(Status.OUTAGE);
        record(CheckFixtures.up(db.id().value(), now().plusSeconds(180), 9));

        assertThat(dependencyStatus()).isEqualTo(Status.OPERATIONAL);
        assertThat(systemStatus()).isEqualTo(Status.OPERATIONAL);
        List<StatusChange> dependencyChanges = changes().subList(logged, changes().size()).stream()
                .filter(StatusChange::isAboutDependency).toList();
        assertThat(dependencyChanges).extracting(StatusChange::to)
                .containsExactly(Status.DEGRADED, Status.OUTAGE, Status.OPERATIONAL);
        assertThat(dependencyChanges).allMatch(c -> c.source() == StatusSource.CHECK);
        assertThat(dependencyChanges.get(1).message()).isEqualTo("Check failed 3 times in a row: connection refused");
        assertThat(vigil.events.received(StatusChanged.class)).hasSize(vigil.log.all().size());
        assertThat(vigil.checkHistory.raw()).hasSize(4);
    }

    @Test
    void resultsThatChangeNothing_writeNoStatus_noLog_andNoRollUp() {
        configureHttp();
        record(CheckFixtures.up(db.id().value(), now(), 5));
        int logged = vigil.log.all().size();
        Dependency before = vigil.dependencies.byId(db.id()).orElseThrow();

        record(CheckFixtures.up(db.id().value(), now().plusSeconds(60), 6), CheckFixtures.up(db.id().value(), now().plusSeconds(120), 7));

        assertThat(vigil.log.all()).hasSize(logged);
        assertThat(vigil.dependencies.byId(db.id()).orElseThrow().updatedAt()).isEqualTo(before.updatedAt());
        assertThat(vigil.checks.byDependency(db.id()).orElseThrow().state().last()).get()
                .extracting(CheckResult::latencyMillis).isEqualTo(7L);
    }

    @Test
    void aFailingCheck_neverImprovesARedAPersonSet() {
        configureHttp();
        record(CheckFixtures.up(db.id().value(), now(), 5));
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(db.id(), Status.OUTAGE, "we know"));

        record(CheckFixtures.down(db.id().value(), now().plusSeconds(60), "timeout"));

        assertThat(dependencyStatus()).isEqualTo(Status.OUTAGE);
    }

    @Test
    void aBatch_nettingOutToNoChange_logsNothing() {
        configureHttp();
        record(CheckFixtures.up(db.id().value(), now(), 5));
        int logged = vigil.log.all().size();

        record(CheckFixtures.down(db.id().value(), now().plusSeconds(1), "blip"), CheckFixtures.up(db.id().value(), now().plusSeconds(2), 5));

        assertThat(vigil.log.all()).hasSize(logged);
    }

    @Test
    void resultsOfDependenciesWithoutACheck_areDropped() {
        vigil.recordCheckResults.record(List.of(CheckFixtures.down(db.id().value(), now(), "x")));

        assertThat(dependencyStatus()).isEqualTo(Status.OPERATIONAL);
        assertThat(vigil.checkHistory.raw()).isEmpty();
    }

    @Test
    void pushCheck_showsItsTokenOnce_pingsRecover_andSilenceGoesMissingOnceWithAnEvent() {
        ConfiguredCheck configured = configurePush(Duration.ofMinutes(5), Duration.ofMinutes(1));
        PushToken token = configured.newToken().orElseThrow();
        assertThat(configured.check().state().lastPingAt()).isEmpty();

        ping(token);
        assertThat(dependencyStatus()).isEqualTo(Status.OPERATIONAL);
        vigil.clock.advance(Duration.ofMinutes(6));
        assertThat(vigil.checkHeartbeats.checkOverdue()).isZero();
        vigil.clock.advance(Duration.ofSeconds(1));
        assertThat(vigil.checkHeartbeats.checkOverdue()).isEqualTo(1);
        assertThat(vigil.checkHeartbeats.checkOverdue()).isZero();

        assertThat(dependencyStatus()).isEqualTo(Status.OUTAGE);
        StatusChange missing = changes().stream().filter(StatusChange::isAboutDependency).reduce((a, b) -> b).orElseThrow();
        assertThat(missing.source()).isEqualTo(StatusSource.CHECK);
        assertThat(missing.message()).startsWith("missing: no ping since ");
        assertThat(vigil.checks.byDependency(db.id()).orElseThrow().state().last()).get()
                .extracting(CheckResult::reason).isEqualTo("missing");
        List<HeartbeatMissing> events = vigil.events.received(HeartbeatMissing.class);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).summary()).startsWith("Checkout API / PostgreSQL: heartbeat missing (last ping ");
        assertThat(events.get(0).systems()).containsExactly(system.id());

        ping(token);
        assertThat(dependencyStatus()).isEqualTo(Status.OPERATIONAL);
        assertThat(vigil.checks.byDependency(db.id()).orElseThrow().state().missing()).isFalse();
    }

    @Test
    void aDownPing_isAFailureWithTheJobsMessage() {
        PushToken token = configurePush(Duration.ofMinutes(5), Duration.ZERO).newToken().orElseThrow();

        vigil.recordPushPing.ping(new RecordPushPingCommand(token, true, "backup failed: disk full"));

        assertThat(dependencyStatus()).isEqualTo(Status.DEGRADED);
        assertThat(changes().stream().filter(StatusChange::isAboutDependency).reduce((a, b) -> b).orElseThrow().message())
                .isEqualTo("Check failed once: backup failed: disk full");
    }

    @Test
    void anUnknownToken_isNotFound_withoutSayingMore() {
        configurePush(Duration.ofMinutes(5), Duration.ZERO);

        assertThatThrownBy(() -> vigil.recordPushPing.ping(new RecordPushPingCommand(PushToken.presented("vgp_guess"), false, "")))
                .isInstanceOf(UnknownPushToken.class).hasMessage("unknown push token");
    }

    @Test
    void rotate_replacesTheToken_andReschedulingKeepsIt() {
        PushToken first = configurePush(Duration.ofMinutes(5), Duration.ZERO).newToken().orElseThrow();

        ConfiguredCheck rescheduled = configurePush(Duration.ofMinutes(10), Duration.ZERO);
        assertThat(rescheduled.newToken()).isEmpty();
        ping(first);
        PushToken second = vigil.rotatePushToken.rotate(db.id());

        assertThatThrownBy(() -> ping(first)).isInstanceOf(UnknownPushToken.class);
        ping(second);
        assertThat(second.reveal()).isNotEqualTo(first.reveal());
        configureHttp();
        assertThatThrownBy(() -> vigil.rotatePushToken.rotate(db.id())).isInstanceOf(NoCheckConfigured.class);
    }

    @Test
    void runNow_probesAndRecords_butNotForPushChecksOrWithoutACheck() {
        assertThatThrownBy(() -> vigil.runCheckNow.run(db.id())).isInstanceOf(NoCheckConfigured.class)
                .hasMessage("dependency " + db.id() + " has no check");
        configureHttp();
        vigil.probe.failWith("connection refused");

        CheckRun run = vigil.runCheckNow.run(db.id());

        assertThat(run.result().reason()).isEqualTo("connection refused");
        assertThat(run.dependency().status()).isEqualTo(Status.DEGRADED);
        assertThat(run.check().state().consecutiveFailures()).isEqualTo(1);
        configurePush(Duration.ofMinutes(1), Duration.ZERO);
        assertThatThrownBy(() -> vigil.runCheckNow.run(db.id())).isInstanceOf(NoCheckConfigured.class)
                .hasMessageContaining("push check waits for pings");
    }

    @Test
    void remove_beforeTheFirstResult_makesTheDependencyOperationalAgain_andStopsScheduling() {
        configureHttp();
        assertThat(vigil.listScheduledChecks.all()).hasSize(1);

        Dependency after = vigil.removeCheck.remove(db.id());

        assertThat(after.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(systemStatus()).isEqualTo(Status.OPERATIONAL);
        assertThat(vigil.listScheduledChecks.all()).isEmpty();
        assertThatThrownBy(() -> vigil.removeCheck.remove(db.id())).isInstanceOf(NoCheckConfigured.class);
    }

    @Test
    void latency_summarisesTheWindow_andAnEmptyWindowIsZeros() {
        configureHttp();
        LatencyReport empty = vigil.showLatency.of(db.id(), LatencyPeriod.HOUR);
        assertThat(empty.total().count()).isZero();
        assertThat(empty.points()).isEmpty();

        Instant start = now().minusSeconds(600);
        record(CheckFixtures.up(db.id().value(), start, 10), CheckFixtures.up(db.id().value(), start.plusSeconds(60), 30),
                CheckFixtures.down(db.id().value(), start.plusSeconds(120), "x"), CheckFixtures.up(db.id().value(), start.minusSeconds(7200), 500));
        LatencyReport hour = vigil.showLatency.of(db.id(), LatencyPeriod.HOUR);

        assertThat(hour.total().count()).isEqualTo(3);
        assertThat(hour.total().failures()).isEqualTo(1);
        assertThat(hour.total().averageLatency()).isEqualTo(20.0);
        assertThat(hour.points()).hasSize(3);
        assertThat(vigil.showLatency.of(db.id(), LatencyPeriod.DAY).total().count()).isEqualTo(4);
    }

    @Test
    void afterCompaction_longWindowsStillCountEverything_fromRollUps() {
        configureHttp();
        Instant start = now();
        List<CheckResult> results = new ArrayList<>();
        for (int i = 0; i < 5 * 24; i++) {
            results.add(i % 10 == 0 ? CheckFixtures.down(db.id().value(), start.plus(Duration.ofHours(i)), "x")
                    : CheckFixtures.up(db.id().value(), start.plus(Duration.ofHours(i)), 20));
        }
        vigil.recordCheckResults.record(results);
        vigil.clock.advance(Duration.ofDays(5));

        long deleted = vigil.compactCheckHistory.compact();

        assertThat(deleted).isPositive();
        assertThat(vigil.checkHistory.raw().size()).isLessThan(results.size());
        LatencyReport week = vigil.showLatency.of(db.id(), LatencyPeriod.WEEK);
        assertThat(week.total().count()).isEqualTo(120);
        assertThat(week.total().failures()).isEqualTo(12);
        List<DailyUptime> days = vigil.showDailyUptime.of(db.id(), 7);
        assertThat(days).hasSize(7);
        assertThat(days.stream().mapToLong(d -> d.stats().count()).sum()).isEqualTo(120);
        assertThat(days.get(0).status()).isEqualTo(Status.UNKNOWN);
        assertThat(days.get(6).date()).isEqualTo(java.time.LocalDate.ofInstant(now(), java.time.ZoneOffset.UTC));
    }

    @Test
    void dailyUptime_validatesDays_andUnknownDependencies() {
        assertThatThrownBy(() -> vigil.showDailyUptime.of(db.id(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vigil.showDailyUptime.of(new DependencyId(99), 1)).isInstanceOf(UnknownDependency.class);
    }
}
