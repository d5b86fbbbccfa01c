package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.counter.SetCounterCommand;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.status.Audience;
import dev.vigil.application.port.in.status.StatusOverview;
import dev.vigil.application.port.in.system.ChangeSystemStatusCommand;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.domain.counter.CounterName;
import dev.vigil.domain.status.OverallState;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SlaTarget;
import dev.vigil.domain.system.Visibility;
import dev.vigil.application.port.in.check.CheckDefinition;
import dev.vigil.application.port.in.check.ConfigureCheckCommand;
import dev.vigil.application.port.in.incident.ChangeIncidentStateCommand;
import dev.vigil.application.port.in.incident.OpenIncidentCommand;
import dev.vigil.application.port.in.incident.PostIncidentUpdateCommand;
import dev.vigil.application.port.in.incident.ResolveIncidentCommand;
import dev.vigil.application.port.in.maintenance.ScheduleMaintenanceCommand;
import dev.vigil.application.port.in.status.StatusOverview.IncidentLine;
import dev.vigil.application.port.in.status.StatusOverview.MaintenanceLine;
import dev.vigil.domain.check.CheckFixtures;
import dev.vigil.domain.check.CheckKind;
import dev.vigil.domain.check.CheckResult;
import dev.vigil.domain.check.CheckThresholds;
import dev.vigil.domain.incident.Impact;
import dev.vigil.domain.incident.Incident;
import dev.vigil.domain.incident.IncidentState;
import dev.vigil.domain.incident.IncidentUpdate;
import dev.vigil.domain.incident.UpdateVisibility;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusOverviewServiceTest {
    private final InMemoryVigil vigil = new InMemoryVigil();

    private MonitoredSystem system(String name, Visibility visibility) {
        return vigil.createSystem.create(new CreateSystemCommand(name, Optional.empty(), "", "", "", visibility,
                SlaTarget.DEFAULT));
    }

    private Dependency dependency(MonitoredSystem system, String name, Criticality criticality) {
        return vigil.addDependency.add(new AddDependencyCommand(system.id(), name, "", criticality));
    }

    private void setStatus(Dependency dependency, Status status) {
        vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(dependency.id(), status, ""));
    }

    @Test
    void public_showsOnlyPublicSystems_failuresFirst_thenByName() {
        MonitoredSystem billing = system("Billing", Visibility.PUBLIC);
        MonitoredSystem api = system("api", Visibility.PUBLIC);
        MonitoredSystem search = system("Search", Visibility.PUBLIC);
        MonitoredSystem internal = system("Internal admin", Visibility.PRIVATE);
        setStatus(dependency(search, "Index", Criticality.CRITICAL), Status.OUTAGE);
        setStatus(dependency(billing, "Cache", Criticality.MINOR), Status.OUTAGE);
        setStatus(dependency(internal, "DB", Criticality.CRITICAL), Status.OUTAGE);

        StatusOverview overview = vigil.showStatusOverview.show(Audience.PUBLIC);

        assertThat(overview.systems()).extracting(l -> l.system().name()).containsExactly("Search", "Billing", "api");
        assertThat(overview.overall()).isEqualTo(OverallState.DOWN);
        assertThat(overview.audience()).isEqualTo(Audience.PUBLIC);
        assertThat(overview.generatedAt()).isEqualTo(vigil.clock.instant());
        assertThat(api.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void aPrivateSystemsOutage_doesNotMakeThePublicPageDown_butOperatorsSeeIt() {
        MonitoredSystem shown = system("Shop", Visibility.PUBLIC);
        MonitoredSystem hidden = system("Back office", Visibility.PRIVATE);
        setStatus(dependency(hidden, "DB", Criticality.CRITICAL), Status.OUTAGE);

        StatusOverview forPublic = vigil.showStatusOverview.show(Audience.PUBLIC);
        StatusOverview forOperators = vigil.showStatusOverview.show(Audience.OPERATORS);

        assertThat(forPublic.overall()).isEqualTo(OverallState.OPERATIONAL);
        assertThat(forPublic.systems()).extracting(l -> l.system().id()).containsExactly(shown.id());
        assertThat(forOperators.overall()).isEqualTo(OverallState.DOWN);
        assertThat(forOperators.systems()).extracting(l -> l.system().id()).containsExactly(hidden.id(), shown.id());
    }

    @Test
    void eachSystemCarriesItsDependencies_failuresFirst_andTheOneThatDecidedItsStatus() {
        MonitoredSystem shop = system("Shop", Visibility.PUBLIC);
        dependency(shop, "Auth", Criticality.CRITICAL);
        Dependency db = dependency(shop, "Database", Criticality.CRITICAL);
        Dependency cache = dependency(shop, "Cache", Criticality.MINOR);
        setStatus(cache, Status.OUTAGE);
        setStatus(db, Status.DEGRADED);

        StatusOverview.SystemLine line = vigil.showStatusOverview.show(Audience.PUBLIC).systems().get(0);

        assertThat(line.dependencies()).extracting(d -> d.dependency().name()).containsExactly("Cache", "Database", "Auth");
        assertThat(line.system().status()).isEqualTo(Status.DEGRADED);
        assertThat(line.causeDependency().map(Dependency::name)).as("the first added of the worst").contains("Database");
        assertThat(line.dependencies()).allSatisfy(d -> {
            assertThat(d.latency()).isEmpty();
            assertThat(d.lastCheckedAt()).isEmpty();
        });
    }

    @Test
    void aManualStatus_hasNoCauseDependency_andMaintenanceIsFlagged() {
        MonitoredSystem shop = system("Shop", Visibility.PUBLIC);
        MonitoredSystem blog = system("Blog", Visibility.PUBLIC);
        dependency(shop, "Database", Criticality.CRITICAL);
        vigil.changeSystemStatus.change(new ChangeSystemStatusCommand(shop.id(), Status.OUTAGE, "Fire"));
        vigil.changeSystemStatus.change(new ChangeSystemStatusCommand(blog.id(), Status.MAINTENANCE, "Upgrade"));

        StatusOverview overview = vigil.showStatusOverview.show(Audience.PUBLIC);

        assertThat(overview.systems().get(0).cause()).isEmpty();
        assertThat(overview.systems().get(0).system().status()).isEqualTo(Status.OUTAGE);
        assertThat(overview.maintenance()).isTrue();
        assertThat(overview.overall()).isEqualTo(OverallState.DOWN);
    }

    @Test
    void counters_comeInTheOrderTheyWereFirstPushed_andNothingElseIsMadeUp() {
        vigil.setCounter.set(new SetCounterCommand(new CounterName("online_now"), 3, Optional.empty()));
        vigil.clock.advance(java.time.Duration.ofSeconds(1));
        vigil.setCounter.set(new SetCounterCommand(new CounterName("messages"), 12, Optional.empty()));

        StatusOverview overview = vigil.showStatusOverview.show(Audience.PUBLIC);

        assertThat(overview.counters()).extracting(c -> c.name().value()).containsExactly("online_now", "messages");
        assertThat(overview.incidents()).isEmpty();
        assertThat(overview.maintenances()).isEmpty();
        assertThat(overview.maintenance()).isFalse();
        assertThat(overview.systems()).isEmpty();
        assertThat(overview.overall()).isEqualTo(OverallState.OPERATIONAL);
    }

    private void configureHttp(Dependency dependency) {
        vigil.configureCheck.configure(new ConfigureCheckCommand(dependency.id(),
                new CheckDefinition.RunByVigil(CheckFixtures.http("http://db.internal/health")), CheckThresholds.DEFAULT));
    }

    @Test
    void aCheckedDependency_carriesItsLatestResult_latencyOnlyWhenItAnswered() {
        MonitoredSystem shop = system("Shop", Visibility.PUBLIC);
        Dependency db = dependency(shop, "Database", Criticality.CRITICAL);
        Dependency cache = dependency(shop, "Cache", Criticality.MINOR);
        Dependency plain = dependency(shop, "Queue", Criticality.MINOR);
        configureHttp(db);
        configureHttp(cache);
        Instant at = vigil.clock.instant();
        vigil.recordCheckResults.record(List.of(CheckFixtures.up(db.id().value(), at, 12),
                CheckFixtures.down(cache.id().value(), at.plusMillis(5), "connection to db.internal:6379 refused")));

        var lines = vigil.showStatusOverview.show(Audience.PUBLIC).systems().get(0).dependencies();

        var byName = lines.stream().collect(java.util.stream.Collectors.toMap(l -> l.dependency().name(), l -> l));
        assertThat(byName.get("Database").latency()).contains(Duration.ofMillis(12));
        assertThat(byName.get("Database").lastCheckedAt()).contains(at);
        assertThat(byName.get("Database").check()).hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(CheckKind.HTTP));
        assertThat(byName.get("Cache").latency()).as("a failure measured no latency").isEmpty();
        assertThat(byName.get("Cache").lastCheckedAt()).contains(at.plusMillis(5));
        assertThat(byName.get("Cache").check().flatMap(c -> c.last()).map(CheckResult::reason))
                .contains("connection to db.internal:6379 refused");
        assertThat(byName.get("Queue").check()).isEmpty();
        assertThat(byName.get("Queue").lastCheckedAt()).isEmpty();
    }

    private Incident open(String title, Set<MonitoredSystem> affected, String message, UpdateVisibility visibility) {
        return vigil.openIncident.open(new OpenIncidentCommand(title, Impact.MAJOR,
                affected.stream().map(MonitoredSystem::id).collect(java.util.stream.Collectors.toSet()), message,
                visibility, "alice", Optional.empty()));
    }

    @Test
    void incidents_forThePublic_showNoTitle_noInternalUpdate_andNothingAboutPrivateSystems() {
        MonitoredSystem shop = system("Shop", Visibility.PUBLIC);
        MonitoredSystem backOffice = system("Back office", Visibility.PRIVATE);
        Incident both = open("DB failover", Set.of(shop, backOffice), "We are looking into errors", UpdateVisibility.PUBLIC);
        vigil.postIncidentUpdate.post(new PostIncidentUpdateCommand(both.id(), "Primary db-7 OOM", UpdateVisibility.INTERNAL, "bob"));
        open("Back office slow", Set.of(backOffice), "VPN issue", UpdateVisibility.PUBLIC);
        Incident general = open("Login trouble", Set.of(), "Some logins fail", UpdateVisibility.PUBLIC);

        StatusOverview forPublic = vigil.showStatusOverview.show(Audience.PUBLIC);
        StatusOverview forOperators = vigil.showStatusOverview.show(Audience.OPERATORS);

        assertThat(forPublic.incidents()).extracting(IncidentLine::id).containsExactly(general.id(), both.id());
        IncidentLine shown = forPublic.incidents().get(1);
        assertThat(shown.title()).isEmpty();
        assertThat(shown.systems()).containsExactly(shop.id());
        assertThat(shown.updates()).extracting(IncidentUpdate::message).containsExactly("We are looking into errors");
        assertThat(shown.severity()).isEqualTo("major");
        assertThat(shown.status()).isEqualTo("investigating");
        assertThat(forPublic.activeIncidents()).hasSize(2);
        assertThat(forOperators.incidents()).hasSize(3);
        assertThat(forOperators.incidents()).filteredOn(i -> i.id().equals(both.id())).singleElement()
                .satisfies(i -> {
                    assertThat(i.title()).contains("DB failover");
                    assertThat(i.systems()).containsExactly(shop.id(), backOffice.id());
                    assertThat(i.updates()).extracting(IncidentUpdate::message).contains("Primary db-7 OOM");
                });
    }

    @Test
    void incidents_ofTheLast90Days_withTheirTimes_openOnesWhateverTheirAge() {
        MonitoredSystem shop = system("Shop", Visibility.PUBLIC);
        Incident old = open("Old", Set.of(shop), "m", UpdateVisibility.PUBLIC);
        vigil.resolveIncident.resolve(new ResolveIncidentCommand(old.id(), "", Optional.empty(), "a"));
        Incident lingering = open("Lingering", Set.of(shop), "m", UpdateVisibility.PUBLIC);
        vigil.clock.advance(Duration.ofDays(80));
        Incident recent = open("Recent", Set.of(shop), "m", UpdateVisibility.PUBLIC);
        vigil.clock.advance(Duration.ofMinutes(10));
        vigil.changeIncidentState.change(new ChangeIncidentStateCommand(recent.id(), IncidentState.MONITORING, "",
                UpdateVisibility.PUBLIC, "a"));
        Instant contained = vigil.clock.instant();
        vigil.clock.advance(Duration.ofMinutes(10));
        vigil.resolveIncident.resolve(new ResolveIncidentCommand(recent.id(), "", Optional.empty(), "a"));
        vigil.clock.advance(Duration.ofDays(11));

        StatusOverview overview = vigil.showStatusOverview.show(Audience.PUBLIC);

        assertThat(overview.incidents()).extracting(IncidentLine::id).containsExactly(recent.id(), lingering.id());
        IncidentLine line = overview.incidents().get(0);
        assertThat(line.discoveredAt()).isEqualTo(recent.startedAt());
        assertThat(line.containedAt()).contains(contained);
        assertThat(line.resolvedAt()).contains(contained.plus(Duration.ofMinutes(10)));
        assertThat(line.active()).isFalse();
        assertThat(overview.activeIncidents()).extracting(IncidentLine::id).containsExactly(lingering.id());
    }

    @Test
    void maintenance_inProgressThenUpcoming_andNoneThatConcernsOnlyPrivateSystems() {
        MonitoredSystem shop = system("Shop", Visibility.PUBLIC);
        MonitoredSystem backOffice = system("Back office", Visibility.PRIVATE);
        Instant now = vigil.clock.instant();
        var later = vigil.scheduleMaintenance.schedule(new ScheduleMaintenanceCommand("Disk swap", "Quick",
                now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(2)).plus(Duration.ofHours(1)), Set.of()));
        var running = vigil.scheduleMaintenance.schedule(new ScheduleMaintenanceCommand("DB upgrade", "",
                now, now.plus(Duration.ofHours(1)), Set.of(shop.id(), backOffice.id())));
        vigil.scheduleMaintenance.schedule(new ScheduleMaintenanceCommand("VPN", "", now.plus(Duration.ofHours(3)),
                now.plus(Duration.ofHours(4)), Set.of(backOffice.id())));
        vigil.clock.advance(Duration.ofMinutes(1));

        StatusOverview forPublic = vigil.showStatusOverview.show(Audience.PUBLIC);

        assertThat(forPublic.maintenances()).extracting(MaintenanceLine::title).containsExactly("DB upgrade", "Disk swap");
        assertThat(forPublic.maintenances().get(0).inProgress()).isTrue();
        assertThat(forPublic.maintenances().get(0).systems()).containsExactly(shop.id());
        assertThat(forPublic.maintenances().get(1).systems()).as("every system").isEmpty();
        assertThat(forPublic.maintenances().get(1).id()).isEqualTo(later.window().id());
        assertThat(vigil.showStatusOverview.show(Audience.OPERATORS).maintenances()).extracting(MaintenanceLine::title)
                .containsExactly("DB upgrade", "VPN", "Disk swap");
        assertThat(running.window().id()).isEqualTo(forPublic.maintenances().get(0).id());
    }
}
