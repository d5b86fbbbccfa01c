package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.sla.CreateSlaReportCommand;
import dev.vigil.application.port.in.sla.SlaStatus;
import dev.vigil.application.port.in.sla.UnknownSlaBreach;
import dev.vigil.application.port.in.sla.UnknownSlaReport;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.domain.sla.BreachAlreadyAcknowledged;
import dev.vigil.domain.sla.SlaBreach;
import dev.vigil.domain.sla.SlaBreachId;
import dev.vigil.domain.sla.SlaBreached;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.sla.SlaReport;
import dev.vigil.domain.sla.SlaReportId;
import dev.vigil.domain.sla.SlaReportLine;
import dev.vigil.domain.sla.SlaSummary;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.SystemId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlaServicesTest {
    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");

    private final InMemoryVigil vigil = new InMemoryVigil();
    private final MonitoredSystem api;
    private final MonitoredSystem web;
    private final Dependency db;

    SlaServicesTest() {
        vigil.clock.set(MARCH);
        api = vigil.createSystem.create(CreateSystemCommand.named("API"));
        web = vigil.createSystem.create(CreateSystemCommand.named("Web"));
        db = vigil.addDependency.add(new AddDependencyCommand(api.id(), "DB", "", Criticality.CRITICAL));
    }

    private void outage(Duration length) {
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(db.id(), Status.OUTAGE, ""));
        vigil.clock.advance(length);
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(db.id(), Status.OPERATIONAL, ""));
    }

    @Test
    void changeSlaTarget_setsIt_andRefusesUnknownSystems() {
        MonitoredSystem changed = vigil.changeSlaTarget.change(api.id(), new SlaTarget(99.95));

        assertThat(changed.details().slaTarget()).isEqualTo(new SlaTarget(99.95));
        assertThat(vigil.systems.byId(api.id()).orElseThrow().details().slaTarget().percent()).isEqualTo(99.95);
        assertThatThrownBy(() -> vigil.changeSlaTarget.change(new SystemId(9), new SlaTarget(99)))
                .isInstanceOf(UnknownSystem.class);
    }

    @Test
    void theMonthSoFar_isAssessedAgainstTheWholeMonthsBudget() {
        vigil.clock.advance(Duration.ofDays(10));
        outage(Duration.ofMinutes(20));
        vigil.clock.set(MARCH.plus(Duration.ofDays(15)));

        SlaStatus status = vigil.showSlaStatus.show(api.id(), SlaPeriod.MONTH);

        assertThat(status.window().end()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(status.assessment().budget()).isEqualTo(Duration.ofMillis((long) (31 * 86_400_000L * 0.001)));
        assertThat(status.assessment().spent()).isEqualTo(Duration.ofMinutes(20));
        assertThat(status.assessment().met()).isTrue();
        assertThat(status.assessment().summary()).isEqualTo(SlaSummary.GOOD);
        assertThat(status.figures().availabilityPercent())
                .isCloseTo(100.0 * (15 * 1440 - 20) / (15 * 1440), within(1e-9));
    }

    @Test
    void listSlaStatuses_assessesEverySystemAtOnce_likeOneByOne() {
        vigil.clock.advance(Duration.ofDays(10));
        outage(Duration.ofMinutes(20));
        vigil.clock.set(MARCH.plus(Duration.ofDays(15)));

        List<SlaStatus> all = vigil.listSlaStatuses.list(SlaPeriod.MONTH);

        assertThat(all).extracting(s -> s.system().name()).containsExactly("API", "Web");
        assertThat(all.get(0)).isEqualTo(vigil.showSlaStatus.show(api.id(), SlaPeriod.MONTH));
        assertThat(all.get(1)).isEqualTo(vigil.showSlaStatus.show(web.id(), SlaPeriod.MONTH));
        assertThat(all.get(1).assessment().spent()).isZero();
    }

    @Test
    void breaches_areRecordedOncePerSystemAndPeriod_andAnnounced() {
        vigil.clock.advance(Duration.ofDays(1));
        outage(Duration.ofHours(1));

        List<SlaBreach> first = vigil.evaluateSlaBreaches.evaluate(Optional.of(SlaPeriod.MONTH));
        vigil.clock.advance(Duration.ofHours(1));
        List<SlaBreach> again = vigil.evaluateSlaBreaches.evaluate(Optional.of(SlaPeriod.MONTH));

        assertThat(first).hasSize(1);
        assertThat(first.get(0).system()).isEqualTo(api.id());
        assertThat(first.get(0).periodStart()).isEqualTo(MARCH);
        assertThat(again).isEmpty();
        assertThat(vigil.events.received(SlaBreached.class)).hasSize(1);
        assertThat(vigil.evaluateSlaBreaches.evaluate(Optional.empty())).extracting(SlaBreach::period)
                .as("the system exists since March: the quarter's budget is March's, the year's is 7.4 h")
                .containsExactly(SlaPeriod.QUARTER);
        assertThatThrownBy(() -> vigil.evaluateSlaBreaches.evaluate(Optional.of(SlaPeriod.LAST_7D)))
                .hasMessageContaining("month, quarter or year");
    }

    @Test
    void theSchedule_stillLooksAtAPeriodThatJustEnded() {
        vigil.clock.set(Instant.parse("2026-03-31T23:00:00Z"));
        outage(Duration.ofMinutes(50));
        vigil.clock.set(Instant.parse("2026-04-01T00:05:00Z"));

        List<SlaBreach> breaches = vigil.evaluateSlaBreaches.evaluate(Optional.empty());

        assertThat(breaches).extracting(b -> b.period().wireName() + " " + b.periodStart())
                .contains("month 2026-03-01T00:00:00Z", "quarter 2026-01-01T00:00:00Z");
    }

    @Test
    void breaches_areAcknowledgedOnce_andListed() {
        vigil.clock.advance(Duration.ofDays(1));
        outage(Duration.ofHours(1));
        SlaBreach breach = vigil.evaluateSlaBreaches.evaluate(Optional.of(SlaPeriod.MONTH)).get(0);

        assertThat(vigil.listSlaBreaches.list(true, Optional.empty(), 50)).containsExactly(breach);
        SlaBreach acknowledged = vigil.acknowledgeSlaBreach.acknowledge(breach.id(), "alice");

        assertThat(acknowledged.acknowledgedBy()).contains("alice");
        assertThat(acknowledged.acknowledgedAt()).contains(vigil.clock.instant());
        assertThat(vigil.listSlaBreaches.list(true, Optional.empty(), 50)).isEmpty();
        assertThat(vigil.listSlaBreaches.list(false, Optional.of(api.id()), 50)).hasSize(1);
        assertThat(vigil.listSlaBreaches.list(false, Optional.of(web.id()), 50)).isEmpty();
        assertThatThrownBy(() -> vigil.acknowledgeSlaBreach.acknowledge(breach.id(), "bob"))
                .isInstanceOf(BreachAlreadyAcknowledged.class);
        assertThatThrownBy(() -> vigil.acknowledgeSlaBreach.acknowledge(new SlaBreachId(99), "bob"))
                .isInstanceOf(UnknownSlaBreach.class);
    }

    @Test
    void aReport_hasALinePerSystem_followedByItsDependencies_andPoolsTheOverallFigures() {
        vigil.clock.advance(Duration.ofDays(1));
        outage(Duration.ofHours(1));
        vigil.clock.set(MARCH.plus(Duration.ofDays(2)));

        SlaReport report = vigil.createSlaReport.create(new CreateSlaReportCommand(Optional.empty(),
                Optional.of(SlaPeriod.MONTH), Optional.empty(), Optional.empty(), "alice"));

        assertThat(report.title()).isEqualTo("SLA report, month from 2026-03-01");
        assertThat(report.lines()).extracting(SlaReportLine::name).containsExactly("API", "DB", "Web");
        assertThat(report.lines().get(0).assessment().orElseThrow().met()).isFalse();
        assertThat(report.lines().get(1).assessment()).isEmpty();
        assertThat(report.systemsMeetingSla()).isEqualTo(1);
        assertThat(report.systemsBreachingSla()).isEqualTo(1);
        assertThat(report.overall().availabilityPercent()).isCloseTo(100.0 * (96 - 1) / 96, within(1e-9));
        assertThat(vigil.showSlaReport.show(report.id())).isEqualTo(report);
        assertThat(vigil.listSlaReports.latest(10)).hasSize(1);
    }

    @Test
    void aReportFromTo_isMeasuredExactly_andDeletedOnRequest() {
        vigil.clock.set(MARCH.plus(Duration.ofDays(3)));

        SlaReport report = vigil.createSlaReport.create(new CreateSlaReportCommand(Optional.of("First days"),
                Optional.empty(), Optional.of(MARCH), Optional.of(MARCH.plus(Duration.ofDays(1))), ""));

        assertThat(report.window().from()).isEqualTo(MARCH);
        assertThat(report.window().to()).isEqualTo(MARCH.plus(Duration.ofDays(1)));
        assertThat(report.window().remaining()).isZero();
        vigil.deleteSlaReport.delete(report.id());
        assertThatThrownBy(() -> vigil.showSlaReport.show(report.id())).isInstanceOf(UnknownSlaReport.class);
        assertThatThrownBy(() -> vigil.deleteSlaReport.delete(new SlaReportId(42))).isInstanceOf(UnknownSlaReport.class);
    }
}
