package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.fakes.BackupScenario;
import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.analytics.AnalyticsQuery;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.maintenance.ScheduleMaintenanceCommand;
import dev.vigil.application.port.in.metrics.MonitoringFigures;
import dev.vigil.application.port.in.metrics.MonitoringFigures.DependencyFigures;
import dev.vigil.application.port.in.metrics.MonitoringFigures.SystemFigures;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.sla.SlaPeriod;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.uptime.RollingPeriod;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsServicesTest {
    private final InMemoryVigil vigil = new InMemoryVigil();
    private final BackupScenario scenario = BackupScenario.populate(vigil);

    private SystemFigures system(MonitoringFigures f, String name) {
        return f.systems().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private DependencyFigures dependency(MonitoringFigures f, String name) {
        return f.dependencies().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void figures_describeEverySystemAndDependency_asTheUseCasesSeeThem() {
        MonitoringFigures f = vigil.showMetrics.figures();

        SystemFigures checkout = system(f, "Checkout API");
        assertThat(checkout.status()).isEqualTo(Status.DEGRADED);
        assertThat(checkout.slaTarget()).isEqualTo(99.5);
        assertThat(checkout.uptime24h()).isEqualTo(vigil.showSystemAnalytics.show(scenario.checkout.id(),
                AnalyticsQuery.of(RollingPeriod.LAST_24H)).system().figures().uptimePercent());
        assertThat(checkout.availabilityThisMonth()).isEqualTo(vigil.showSlaStatus.show(scenario.checkout.id(),
                SlaPeriod.MONTH).figures().availabilityPercent()).isLessThan(100);
        assertThat(system(f, "Search").uptime24h()).as("nothing counted yet").isEqualTo(100);
        DependencyFigures database = dependency(f, "PostgreSQL");
        assertThat(database.systemName()).isEqualTo("Checkout API");
        assertThat(database.lastLatency()).contains(Duration.ofMillis(42));
        assertThat(database.checkResults()).isEqualTo(1);
        assertThat(database.checkFailures()).isZero();
        DependencyFigures cache = dependency(f, "Redis");
        assertThat(cache.status()).isEqualTo(Status.DEGRADED);
        assertThat(cache.consecutiveFailures()).isEqualTo(1);
        assertThat(cache.lastLatency()).as("a failed check has no latency").isEmpty();
        assertThat(cache.checkFailures()).isEqualTo(1);
        assertThat(f.incidents()).isEqualTo(Map.of(Impact.MAJOR, Map.of(IncidentState.INVESTIGATING, 1L),
                Impact.MINOR, Map.of(IncidentState.RESOLVED, 1L)));
        assertThat(f.active(Impact.MAJOR)).isEqualTo(1);
        assertThat(f.active(Impact.MINOR)).isZero();
        assertThat(f.maintenancesScheduled()).as("the cancelled window does not count").isEqualTo(1);
        assertThat(f.maintenancesActive()).isZero();
        assertThat(f.unacknowledgedSlaBreaches()).isEqualTo(1);
    }

    @Test
    void figures_areKeptForAFewSeconds_thenTakenAgain() {
        MonitoringFigures first = vigil.showMetrics.figures();
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(scenario.cache.id(), Status.OPERATIONAL,
                "fixed"));

        vigil.clock.advance(ShowMetricsService.DEFAULT_MAX_AGE.minusMillis(1));
        MonitoringFigures kept = vigil.showMetrics.figures();
        vigil.clock.advance(Duration.ofMillis(1));
        MonitoringFigures fresh = vigil.showMetrics.figures();

        assertThat(kept).isSameAs(first);
        assertThat(dependency(kept, "Redis").status()).isEqualTo(Status.DEGRADED);
        assertThat(dependency(fresh, "Redis").status()).isEqualTo(Status.OPERATIONAL);
        assertThat(fresh.takenAt()).isEqualTo(vigil.clock.instant());
    }

    @Test
    void aWindowInProgress_countsAsActive() {
        var window = vigil.scheduleMaintenance.schedule(new ScheduleMaintenanceCommand("Now", "",
                vigil.clock.instant().plusSeconds(60), vigil.clock.instant().plusSeconds(3600), Set.of()));
        vigil.clock.advance(Duration.ofMinutes(2));

        MonitoringFigures f = vigil.showMetrics.figures();

        assertThat(f.maintenancesActive()).isEqualTo(1);
        assertThat(f.maintenancesScheduled()).as("the one of the scenario").isEqualTo(1);
        assertThat(vigil.listActiveMaintenances.active()).extracting(m -> m.window().id())
                .containsExactly(window.window().id());
    }
}
