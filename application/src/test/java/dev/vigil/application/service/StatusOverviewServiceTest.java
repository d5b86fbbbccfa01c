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
    void counters_comeInTheOrderTheyWereFirstPushed_andIncidentsAreEmptyForNow() {
        vigil.setCounter.set(new SetCounterCommand(new CounterName("online_now"), 3, Optional.empty()));
        vigil.clock.advance(java.time.Duration.ofSeconds(1));
        vigil.setCounter.set(new SetCounterCommand(new CounterName("messages"), 12, Optional.empty()));

        StatusOverview overview = vigil.showStatusOverview.show(Audience.PUBLIC);

        assertThat(overview.counters()).extracting(c -> c.name().value()).containsExactly("online_now", "messages");
        assertThat(overview.incidents()).isEmpty();
        assertThat(overview.maintenance()).isFalse();
        assertThat(overview.systems()).isEmpty();
        assertThat(overview.overall()).isEqualTo(OverallState.OPERATIONAL);
    }
}
