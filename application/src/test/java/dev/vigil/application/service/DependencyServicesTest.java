package dev.vigil.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigil.application.fakes.InMemoryVigil;
import dev.vigil.application.port.in.dependency.AddDependencyCommand;
import dev.vigil.application.port.in.dependency.ChangeDependencyStatusCommand;
import dev.vigil.application.port.in.dependency.UnknownDependency;
import dev.vigil.application.port.in.dependency.UpdateDependencyCommand;
import dev.vigil.application.port.in.log.StatusLogQuery;
import dev.vigil.application.port.in.system.CreateSystemCommand;
import dev.vigil.application.port.in.system.UnknownSystem;
import dev.vigil.domain.log.StatusChange;
import dev.vigil.domain.log.StatusChanged;
import dev.vigil.domain.status.Status;
import dev.vigil.domain.status.StatusSource;
import dev.vigil.domain.system.Criticality;
import dev.vigil.domain.system.Dependency;
import dev.vigil.domain.system.DependencyId;
import dev.vigil.domain.system.MonitoredSystem;
import dev.vigil.domain.system.SystemId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DependencyServicesTest {
    private final InMemoryVigil vigil = new InMemoryVigil();
    private MonitoredSystem system;

    @BeforeEach
    void createSystem() {
        system = vigil.createSystem.create(CreateSystemCommand.named("Checkout API"));
    }

    private Dependency add(String name, Criticality criticality) {
        return vigil.addDependency.add(new AddDependencyCommand(system.id(), name, "", criticality));
    }

    private Dependency setStatus(Dependency dependency, Status status) {
        return vigil.changeDependencyStatus.change(new ChangeDependencyStatusCommand(dependency.id(), status, "because"));
    }

    private Status systemStatus() {
        return vigil.systems.byId(system.id()).orElseThrow().status();
    }

    private List<StatusChange> changes() {
        return vigil.log.all().stream().map(e -> e.change()).toList();
    }

    @Test
    void add_startsOperational_andLogsNothing() {
        Dependency db = add("PostgreSQL", Criticality.CRITICAL);

        assertThat(db.status()).isEqualTo(Status.OPERATIONAL);
        assertThat(vigil.listDependencies.of(system.id())).containsExactly(db);
        assertThat(vigil.log.all()).isEmpty();
    }

    @Test
    void add_toUnknownSystem_isNotFound() {
        assertThatThrownBy(() -> vigil.addDependency.add(
                new AddDependencyCommand(new SystemId(99), "DB", "", Criticality.CRITICAL)))
                .isInstanceOf(UnknownSystem.class);
    }

    @Test
    void criticalOutage_isLoggedTwice_theDependencyManually_thenTheSystemByRollUpNamingTheCause() {
        Dependency db = add("PostgreSQL", Criticality.CRITICAL);

        setStatus(db, Status.OUTAGE);

        assertThat(systemStatus()).isEqualTo(Status.OUTAGE);
        assertThat(changes()).hasSize(2);
        StatusChange dependencyChange = changes().get(0);
        assertThat(dependencyChange.dependency()).contains(db.id());
        assertThat(dependencyChange.system()).isEqualTo(system.id());
        assertThat(dependencyChange.source()).isEqualTo(StatusSource.MANUAL);
        assertThat(dependencyChange.message()).isEqualTo("because");
        StatusChange systemChange = changes().get(1);
        assertThat(systemChange.dependency()).isEmpty();
        assertThat(systemChange.source()).isEqualTo(StatusSource.ROLLUP);
        assertThat(systemChange.cause()).contains(db.id());
        assertThat(systemChange.from()).isEqualTo(Status.OPERATIONAL);
        assertThat(systemChange.to()).isEqualTo(Status.OUTAGE);
        assertThat(systemChange.message()).isEqualTo("Dependency PostgreSQL is red");
        assertThat(vigil.events.received(StatusChanged.class)).extracting(StatusChanged::summary).containsExactly(
                "Checkout API / PostgreSQL: green -> red (manual): because",
                "Checkout API: green -> red (rollup, caused by PostgreSQL): Dependency PostgreSQL is red");
    }

    @Test
    void minorOutage_onlyDegradesTheSystem() {
        Dependency cache = add("Redis", Criticality.MINOR);

        setStatus(cache, Status.OUTAGE);

        assertThat(systemStatus()).isEqualTo(Status.DEGRADED);
    }

    @Test
    void recovery_isRolledUpToo() {
        Dependency db = add("PostgreSQL", Criticality.CRITICAL);
        setStatus(db, Status.OUTAGE);

        setStatus(db, Status.OPERATIONAL);

        assertThat(systemStatus()).isEqualTo(Status.OPERATIONAL);
        StatusChange last = changes().get(changes().size() - 1);
        assertThat(last.source()).isEqualTo(StatusSource.ROLLUP);
        assertThat(last.message()).isEqualTo("All dependencies are operational");
    }

    @Test
    void sameStatusAgain_changesNothing() {
        Dependency db = add("PostgreSQL", Criticality.CRITICAL);
        setStatus(db, Status.DEGRADED);
        int logged = vigil.log.all().size();

        Dependency again = setStatus(db, Status.DEGRADED);

        assertThat(vigil.log.all()).hasSize(logged);
        assertThat(again.updatedAt()).isEqualTo(vigil.dependencies.byId(db.id()).orElseThrow().updatedAt());
    }

    @Test
    void aSecondFailingDependency_doesNotLogTheSystemAgain_whenItsStatusStaysTheSame() {
        Dependency db = add("PostgreSQL", Criticality.CRITICAL);
        Dependency queue = add("Queue", Criticality.CRITICAL);
        setStatus(db, Status.OUTAGE);
        int logged = vigil.log.all().size();

        setStatus(queue, Status.OUTAGE);

        assertThat(vigil.log.all()).hasSize(logged + 1);
        assertThat(changes().get(changes().size() - 1).dependency()).contains(queue.id());
    }

    @Test
    void removingTheLastFailingDependency_recomputesTheSystem() {
        Dependency db = add("PostgreSQL", Criticality.CRITICAL);
        setStatus(db, Status.OUTAGE);

        vigil.removeDependency.remove(db.id());

        assertThat(systemStatus()).isEqualTo(Status.OPERATIONAL);
        StatusChange last = changes().get(changes().size() - 1);
        assertThat(last.source()).isEqualTo(StatusSource.ROLLUP);
        assertThat(last.message()).isEqualTo("No dependencies left");
        assertThat(vigil.readStatusLog.read(StatusLogQuery.all(100))).hasSize(3);
    }

    @Test
    void makingAFailingDependencyCritical_rollsUpAgain() {
        Dependency cache = add("Redis", Criticality.MINOR);
        setStatus(cache, Status.OUTAGE);
        assertThat(systemStatus()).isEqualTo(Status.DEGRADED);

        vigil.updateDependency.update(new UpdateDependencyCommand(cache.id(), Optional.empty(), Optional.empty(),
                Optional.of(Criticality.CRITICAL)));

        assertThat(systemStatus()).isEqualTo(Status.OUTAGE);
    }

    @Test
    void update_changesOnlyTheGivenFields() {
        Dependency db = vigil.addDependency.add(new AddDependencyCommand(system.id(), "DB", "Main", Criticality.CRITICAL));

        Dependency renamed = vigil.updateDependency.update(new UpdateDependencyCommand(db.id(), Optional.of("PostgreSQL"),
                Optional.empty(), Optional.empty()));

        assertThat(renamed.name()).isEqualTo("PostgreSQL");
        assertThat(renamed.details().description()).isEqualTo("Main");
        assertThat(renamed.criticality()).isEqualTo(Criticality.CRITICAL);
    }

    @Test
    void unknownDependency_isNotFound_everywhere() {
        DependencyId unknown = new DependencyId(77);

        assertThatThrownBy(() -> vigil.showDependency.show(unknown)).isInstanceOf(UnknownDependency.class);
        assertThatThrownBy(() -> vigil.removeDependency.remove(unknown)).isInstanceOf(UnknownDependency.class);
        assertThatThrownBy(() -> vigil.changeDependencyStatus.change(
                new ChangeDependencyStatusCommand(unknown, Status.OUTAGE, ""))).isInstanceOf(UnknownDependency.class);
        assertThatThrownBy(() -> vigil.readStatusLog.read(StatusLogQuery.ofDependency(unknown, 10)))
                .isInstanceOf(UnknownDependency.class);
    }

    @Test
    void readStatusLog_ofASystem_includesItsDependencies_newestFirst() {
        Dependency db = add("PostgreSQL", Criticality.CRITICAL);
        setStatus(db, Status.DEGRADED);

        var entries = vigil.readStatusLog.read(StatusLogQuery.ofSystem(system.id(), 10));

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).change().source()).isEqualTo(StatusSource.ROLLUP);
        assertThat(entries.get(1).change().dependency()).contains(db.id());
        assertThat(vigil.readStatusLog.read(StatusLogQuery.ofDependency(db.id(), 10))).hasSize(1);
        assertThat(vigil.readStatusLog.read(StatusLogQuery.all(1))).hasSize(1);
    }

    @Test
    void logQuery_limitOutOfRange_isRejected() {
        assertThatThrownBy(() -> StatusLogQuery.all(0)).hasMessage("limit must be between 1 and 1000");
        assertThatThrownBy(() -> StatusLogQuery.all(1001)).hasMessage("limit must be between 1 and 1000");
    }
}
